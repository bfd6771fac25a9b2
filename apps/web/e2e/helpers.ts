import { type APIRequestContext, expect, type Page, request } from '@playwright/test';

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
