import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, mainNav, newGuestPhone, postInboundSms, sandboxMessages, signIn } from './helpers';

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
  // Asks for a person, so Aurora's AI (auto mode) hands over with a private note instead of answering:
  // the list keeps showing the guest's message and the only reply is the staff one.
  const inbound = `Hi, can we check in early? Please ask someone at the front desk. (${guestPhone.slice(-4)})`;
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
  const noteText = await note.inputValue();
  await note.press('Enter');
  const saved = thread(page).getByRole('article', { name: /^Private note from Tiago Ferreira/ });
  await expect(saved).toContainText('only visible to staff');
  await expect(saved).toContainText('Aurora-Guest');
  // The note never leaves Stayzr (Aurora's AI may have answered the question itself by SMS).
  expect(
    (await sandboxMessages()).some(
      (message) => message.to === guestPhone && message.body === noteText.trim(),
    ),
  ).toBe(false);

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
  await postInboundSms(page.request, baseURL ?? '', channel, newcomer, 'Hello, may we bring our cat along?');
  const toast = page.getByRole('alert').filter({ hasText: `New conversation: ${newcomer}` });
  await expect(toast).toContainText('Hello, may we bring our cat along?');
  await toast.getByRole('button', { name: 'Open conversation' }).click();
  await expect(page).toHaveURL(/\/inbox\/open\/[0-9a-f-]{36}$/);
  await expect(thread(page)).toContainText('Hello, may we bring our cat along?');
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
