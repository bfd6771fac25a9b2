import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page, request } from '@playwright/test';
import twilio from 'twilio';

/** The seeded demo password (CONTRACT.md); the e2e database is seeded before the suite runs. */
export const DEMO_PASSWORD = 'stayzr-demo-2026';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/login')) await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** A name no earlier run of the suite used, for rows the tests create. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** One tRPC mutation over HTTP, in the wire format of the app's own client (batched, superjson). */
async function callMutation(api: APIRequestContext, path: string, input: unknown): Promise<unknown> {
  const response = await api.post(`/trpc/${path}?batch=1`, { data: { 0: { json: input } } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  const [answer] = (await response.json()) as [{ result: { data: { json: unknown } } }];
  return answer.result.data.json;
}

/**
 * A fresh staff member of Hotel Aurora, set up through the API (invited by the demo manager, invitation
 * accepted) for tests whose subject is something else.
 */
export async function createAuroraStaff(
  baseURL: string,
  password: string,
): Promise<{ email: string; name: string }> {
  const email = `${unique('staff')}@aurora.test`;
  const name = 'Ines Teste';
  const manager = await request.newContext({ baseURL });
  const { inviteUrl } = (await callMutation(manager, 'auth.login', {
    email: 'manager@aurora.test',
    password: DEMO_PASSWORD,
  }).then(() => callMutation(manager, 'team.invite', { email, role: 'STAFF' }))) as { inviteUrl: string };
  await manager.dispose();

  const invitee = await request.newContext({ baseURL });
  const token = inviteUrl.split('/invite/')[1];
  await callMutation(invitee, 'auth.acceptInvitation', { token, name, password });
  await invitee.dispose();
  return { email, name };
}

/** Signs in through the API `times` times; each sign-in is one `auth.login` entry in the audit log. */
export async function signInViaApi(baseURL: string, email: string, times: number): Promise<void> {
  const api = await request.newContext({ baseURL });
  for (let i = 0; i < times; i++) await callMutation(api, 'auth.login', { email, password: DEMO_PASSWORD });
  await api.dispose();
}

// The demo Hotel Aurora SMS channel (prisma/src/seed/demo-data.ts) and the SMS sandbox the worker sends to
// (playwright.config.ts starts it).
const AURORA_TWILIO_TOKEN = 'aurora-demo-twilio-token';

export interface SmsChannel {
  id: string;
  address: string;
  accountSid: string;
}

export interface SandboxMessage {
  to: string | null;
  from: string | null;
  body: string | null;
}

/** A phone number no earlier run used: each test talks to a guest of its own. */
export function newGuestPhone(): string {
  return `+3519${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** Hotel Aurora's Twilio SMS channel, asked for over tRPC with the signed-in browser's session. */
export async function auroraSmsChannel(page: Page): Promise<SmsChannel> {
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
export async function postInboundSms(
  api: APIRequestContext,
  baseURL: string,
  channel: SmsChannel,
  from: string,
  body: string,
  authToken = AURORA_TWILIO_TOKEN,
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
    headers: { 'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SMS_SANDBOX_PORT ?? 4011}`;

/** What the SMS sandbox (the fake Twilio the e2e worker sends to) has received. */
export async function sandboxMessages(): Promise<SandboxMessage[]> {
  const sandbox = await request.newContext();
  try {
    const response = await sandbox.get(`${SANDBOX_URL}/sandbox/messages`);
    return (await response.json()) as SandboxMessage[];
  } finally {
    await sandbox.dispose();
  }
}

const MAIL_SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_MAIL_SANDBOX_PORT ?? 4013}`;

export interface SandboxMail {
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

/** What the mail sandbox (the SMTP sink the e2e server emails invitations to) has received for one address. */
export async function sandboxMailsTo(address: string): Promise<SandboxMail[]> {
  const sandbox = await request.newContext();
  try {
    const response = await sandbox.get(`${MAIL_SANDBOX_URL}/sandbox/mail?to=${encodeURIComponent(address)}`);
    return ((await response.json()) as { mails: SandboxMail[] }).mails;
  } finally {
    await sandbox.dispose();
  }
}
