import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import twilio from 'twilio';
import { mainNav, signIn } from './helpers';

// The demo Hotel Aurora SMS channel (prisma/src/seed/demo-data.ts) and the SMS sandbox the worker sends to
// (playwright.config.ts starts it).
const AURORA_TWILIO_TOKEN = 'aurora-demo-twilio-token';
const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SMS_SANDBOX_PORT ?? 4011}`;

interface SmsChannel {
  id: string;
  address: string;
  accountSid: string;
}

interface SandboxMessage {
  to: string | null;
  from: string | null;
  body: string | null;
}

/** A phone number no earlier run used: each test talks to a guest of its own. */
function newGuestPhone(): string {
  return `+3519${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** Hotel Aurora's Twilio SMS channel, asked for over tRPC with the signed-in browser's session. */
async function auroraSmsChannel(page: Page): Promise<SmsChannel> {
  const input = encodeURIComponent(JSON.stringify({ 0: { json: null } }));
  const response = await page.request.get(`/trpc/channels.list?batch=1&input=${input}`);
  expect(response.ok(), `channels.list answered ${response.status()}`).toBe(true);
  const [answer] = (await response.json()) as [
    {
      result: {
        data: {
          json: {
            id: string;
            type: string;
            provider: string;
            address: string;
            settings: Record<string, string>;
          }[];
        };
      };
    },
  ];
  const sms = answer.result.data.json.find(
    (channel) => channel.type === 'sms' && channel.provider === 'twilio',
  );
  if (!sms?.settings.accountSid)
    throw new Error('Hotel Aurora has no Twilio SMS channel: was the database seeded?');
  return { id: sms.id, address: sms.address, accountSid: sms.settings.accountSid };
}

/** What Twilio would post for an SMS to the hotel: the webhook URL exactly as PUBLIC_URL + path, signed. */
async function postInboundSms(
  api: APIRequestContext,
  baseURL: string,
  channel: SmsChannel,
  from: string,
  body: string,
): Promise<void> {
  const url = `${baseURL}/webhooks/twilio/${channel.id}/sms`;
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params = {
    MessageSid: sid,
    SmsSid: sid,
    AccountSid: channel.accountSid,
    From: from,
    To: channel.address,
    Body: body,
    NumMedia: '0',
  };
  const response = await api.post(url, {
    form: params,
    headers: { 'x-twilio-signature': twilio.getExpectedTwilioSignature(AURORA_TWILIO_TOKEN, url, params) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function sandboxMessages(): Promise<SandboxMessage[]> {
  const sandbox = await request.newContext();
  try {
    const response = await sandbox.get(`${SANDBOX_URL}/sandbox/messages`);
    return (await response.json()) as SandboxMessage[];
  } finally {
    await sandbox.dispose();
  }
}

function conversationList(page: Page) {
  return page.getByRole('navigation', { name: 'Conversations' });
}

function thread(page: Page) {
  return page.getByRole('log', { name: /^Messages with / });
}

/** The inbox is connected to the live event stream once it says "Live". */
async function openLiveInbox(page: Page): Promise<void> {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  // Generous: on a busy machine the first connection can take a while; nothing is asserted about its speed.
  await expect(page.getByText('Live', { exact: true })).toBeVisible({ timeout: 15_000 });
}

test('a guest’s SMS appears live, staff reply, the sandbox gets it and the tick turns to delivered', async ({
  page,
  baseURL,
}, testInfo) => {
  const guestPhone = newGuestPhone();
  const inbound = `Hi, can we check in early? (${guestPhone.slice(-4)})`;
  const reply = `Of course! Your room will be ready at 11:00. (${guestPhone.slice(-4)})`;
  await openLiveInbox(page);
  const channel = await auroraSmsChannel(page);

  const postedAt = Date.now();
  await postInboundSms(page.request, baseURL ?? '', channel, guestPhone, inbound);
  const row = conversationList(page).getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) });
  // No reload: the SSE event brings it in.
  await expect(row).toContainText(inbound, { timeout: 2_000 });
  const latencyMs = Date.now() - postedAt;
  testInfo.annotations.push({ type: 'inbound-to-visible latency', description: `${latencyMs} ms` });
  console.log(`inbound SMS to visible in the open inbox: ${latencyMs} ms`);
  await expect(row.getByRole('img', { name: 'SMS' })).toBeVisible();

  await row.click();
  await expect(page).toHaveURL(/\/inbox\/open\/[0-9a-f-]{36}$/);
  await expect(
    thread(page).getByRole('article', { name: new RegExp(`^Message from \\${guestPhone}`) }),
  ).toContainText(inbound);

  const composer = page.getByRole('textbox', { name: 'Reply' });
  await composer.fill(reply);
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  const sent = thread(page)
    .getByRole('article', { name: /^Message from Tiago Ferreira/ })
    .filter({ hasText: reply });
  await expect(sent).toBeVisible();

  await expect
    .poll(async () => (await sandboxMessages()).find((message) => message.body === reply), {
      message: 'the SMS sandbox received the reply',
      timeout: 15_000,
    })
    .toEqual(expect.objectContaining({ to: guestPhone, from: channel.address, body: reply }));

  // The sandbox posts signed `sent` then `delivered` callbacks, as Twilio does.
  await expect(sent.getByRole('img', { name: 'Delivered' })).toBeVisible({ timeout: 15_000 });
});

test('staff write a private note with a canned response, resolve with the keyboard, and hear about new guests elsewhere', async ({
  page,
  baseURL,
}) => {
  const guestPhone = newGuestPhone();
  const inbound = `Is there Wi-Fi in the rooms? (${guestPhone.slice(-4)})`;
  await openLiveInbox(page);
  const channel = await auroraSmsChannel(page);
  await postInboundSms(page.request, baseURL ?? '', channel, guestPhone, inbound);
  const row = conversationList(page).getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) });
  await row.click();
  await expect(thread(page)).toContainText(inbound, { timeout: 10_000 });

  // `n` switches the composer to a private note; `/wi` offers the seeded /wifi canned response.
  await thread(page).click();
  await page.keyboard.press('n');
  const note = page.getByRole('textbox', { name: 'Private note' });
  await expect(note).toBeFocused();
  await note.pressSequentially('/wi');
  const option = page.getByRole('option', { name: /\/wifi/ });
  await expect(option).toBeVisible();
  await note.press('Enter');
  await expect(note).toHaveValue(/Aurora-Guest/);
  await note.press('Enter');
  const saved = thread(page).getByRole('article', { name: /^Private note from Tiago Ferreira/ });
  await expect(saved).toContainText('only visible to staff');
  await expect(saved).toContainText('Aurora-Guest');
  expect((await sandboxMessages()).some((message) => message.to === guestPhone)).toBe(false);

  // `e` resolves: the conversation leaves the open list and is under Resolved.
  await page.keyboard.press('Escape');
  await page.keyboard.press('e');
  await expect(page.getByText('Conversation resolved')).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByRole('tab', { name: /^Resolved/ }).click();
  await expect(
    conversationList(page).getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) }),
  ).toBeVisible();

  // Somewhere else in the app, a new guest's first message is announced.
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();
  const newcomer = newGuestPhone();
  await postInboundSms(page.request, baseURL ?? '', channel, newcomer, 'Hello, do you have parking?');
  const toast = page.getByRole('alert').filter({ hasText: `New conversation: ${newcomer}` });
  await expect(toast).toContainText('Hello, do you have parking?');
  await toast.getByRole('button', { name: 'Open conversation' }).click();
  await expect(page).toHaveURL(/\/inbox\/open\/[0-9a-f-]{36}$/);
  await expect(thread(page)).toContainText('Hello, do you have parking?');
});

test('a link to a conversation opens it after sign-in, and its messages do not wait for the plan check', async ({
  page,
  baseURL,
}) => {
  const guestPhone = newGuestPhone();
  const inbound = `Could we get a late checkout? (${guestPhone.slice(-4)})`;
  await openLiveInbox(page);
  await postInboundSms(page.request, baseURL ?? '', await auroraSmsChannel(page), guestPhone, inbound);
  await conversationList(page)
    .getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) })
    .click();
  await expect(page).toHaveURL(/\/inbox\/open\/[0-9a-f-]{36}$/);
  const link = new URL(page.url()).pathname;

  // Opened cold, signed out: the requests the page starts before knowing who is there end in sign-in.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(link)}$`));
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(new RegExp(`${link}$`));
  await expect(thread(page)).toContainText(inbound);

  // The plan and subscription check (for the read-only banner) held back: the conversation shows anyway.
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  await page.route(/\/trpc\/[^?]*subscription\.get/, async (route) => {
    held++;
    await released;
    await route.continue();
  });
  await page.reload();
  await expect(thread(page)).toContainText(inbound);
  await expect.poll(() => held, { message: 'the page asked for the subscription' }).toBeGreaterThan(0);
  await expect(thread(page)).toContainText(inbound);
  release();
  await page.unrouteAll({ behavior: 'wait' });
});
