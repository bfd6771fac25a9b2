import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { DEMO_PASSWORD, mainNav, signIn, unique } from './helpers';

// Seaside Inn is the seeded starter hotel (5 users: active users plus pending invitations). These tests change
// its plan, status and invitations, and put every one of them back afterwards, so the order of the suite and
// an earlier failed run do not matter.

const EMAIL_PREFIX = 'plan-e2e-';

/** One tRPC call over HTTP in the wire format of the app's own client (batched, superjson). */
async function trpcCall<T>(
  api: APIRequestContext,
  path: string,
  input?: unknown,
  kind = 'mutation',
): Promise<T> {
  const batch = { 0: input === undefined ? {} : { json: input } };
  const response =
    kind === 'query'
      ? await api.get(`/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify(batch))}`)
      : await api.post(`/trpc/${path}?batch=1`, { data: batch });
  const body = await response.text();
  expect(response.ok(), `${path} answered ${response.status()}: ${body}`).toBe(true);
  const [answer] = JSON.parse(body) as [{ result: { data: { json: T } } }];
  return answer.result.data.json;
}

const query = <T>(api: APIRequestContext, path: string, input?: unknown) =>
  trpcCall<T>(api, path, input, 'query');

async function signedInApi(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  await trpcCall(api, 'auth.login', { email, password: DEMO_PASSWORD });
  return api;
}

interface Usage {
  metrics: { metric: string; used: number; limit: number | null }[];
}

async function seasideId(superAdmin: APIRequestContext): Promise<string> {
  const organizations = await query<{ id: string; slug: string }[]>(
    superAdmin,
    'platform.organizations.list',
  );
  const seaside = organizations.find((organization) => organization.slug === 'seaside');
  if (!seaside) throw new Error('the seeded Seaside Inn is missing');
  return seaside.id;
}

/** Seaside as seeded: starter, active, no negotiated limits, none of these tests' invitations pending. */
async function restoreSeaside(baseURL: string): Promise<void> {
  const manager = await signedInApi(baseURL, 'manager@seaside.test');
  const invitations = await query<{ id: string; email: string }[]>(manager, 'team.invitations');
  for (const invitation of invitations.filter((candidate) => candidate.email.startsWith(EMAIL_PREFIX))) {
    await trpcCall(manager, 'team.revokeInvitation', { invitationId: invitation.id });
  }
  await manager.dispose();

  const superAdmin = await signedInApi(baseURL, 'admin@stayzr.test');
  await trpcCall(superAdmin, 'platform.subscriptions.set', {
    organizationId: await seasideId(superAdmin),
    plan: 'starter',
    status: 'active',
    limitOverrides: null,
  });
  await superAdmin.dispose();
}

/** Invites colleagues through the API until Seaside has `room` seats left. */
async function fillSeats(baseURL: string, room: number): Promise<{ used: number; limit: number }> {
  const manager = await signedInApi(baseURL, 'manager@seaside.test');
  const usage = await query<Usage>(manager, 'subscription.usage');
  const users = usage.metrics.find((metric) => metric.metric === 'users');
  if (!users || users.limit === null) throw new Error('Seaside should have a user limit on starter');
  const missing = users.limit - room - users.used;
  if (missing < 0) throw new Error(`Seaside already has ${users.used} of ${users.limit} users`);
  for (let i = 0; i < missing; i++) {
    await trpcCall(manager, 'team.invite', {
      email: `${unique(`${EMAIL_PREFIX}filler`)}@seaside.test`,
      role: 'STAFF',
    });
  }
  await manager.dispose();
  return { used: users.limit - room, limit: users.limit };
}

test.beforeEach(async ({ baseURL }) => restoreSeaside(baseURL ?? ''));
test.afterEach(async ({ baseURL }) => restoreSeaside(baseURL ?? ''));

/** The team page, whatever page signing in landed on. */
async function openTeamSettings(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();
  await expect(page).toHaveURL(/\/settings\/team$/);
}

function inviteDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Invite a teammate to Seaside Inn' });
}

test('a starter hotel at its user limit sees the limit and the plan that raises it, upgrades, and invites', async ({
  page,
  baseURL,
}) => {
  // One seat left: the last one is taken through the dialog, as an admin would.
  await fillSeats(baseURL ?? '', 1);
  await signIn(page, 'manager@seaside.test');
  await openTeamSettings(page);
  await expect(page.getByText('Your team is at its limit')).toHaveCount(0);

  await page.getByRole('button', { name: 'Invite teammate' }).click();
  await inviteDialog(page)
    .getByLabel('Email')
    .fill(`${unique(`${EMAIL_PREFIX}last-seat`)}@seaside.test`);
  await inviteDialog(page).getByRole('button', { name: 'Create invitation' }).click();
  await expect(inviteDialog(page).getByLabel('Invitation link')).toHaveValue(/\/invite\//);

  // Trying to invite one more: the dialog says why not and which plan allows more.
  await inviteDialog(page).getByRole('button', { name: 'Invite another' }).click();
  const limit = inviteDialog(page).getByRole('alert');
  await expect(limit).toContainText('Your team is at its limit of 5 users');
  await expect(limit).toContainText(
    '5 of 5 users on the Starter plan, pending invitations included. The Professional plan allows 25 users.',
  );
  await expect(inviteDialog(page).getByRole('button', { name: 'Create invitation' })).toHaveCount(0);
  await inviteDialog(page).getByRole('link', { name: 'Upgrade to Professional' }).click();

  await expect(page).toHaveURL(/\/settings\/plan\?plan=professional$/);
  await expect(page.getByRole('heading', { name: 'Plan & usage' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Users', exact: true })).toContainText('5 of 5 users');
  await expect(page.getByRole('group', { name: 'Users', exact: true })).toContainText('Limit reached');
  const plans = page.getByRole('table', { name: 'Compare plans' });
  await expect(plans.getByRole('columnheader', { name: /Professional/ })).toContainText('Suggested');
  await plans.getByRole('button', { name: 'Upgrade to Professional' }).click();

  const confirm = page.getByRole('dialog', { name: 'Upgrade to Professional' });
  await expect(confirm).toContainText('Users: 5 → 25');
  await expect(confirm).toContainText('apply at once');
  // What the plan adds that works today, and apart from it what is not built yet.
  const gained = confirm.getByRole('list').filter({ has: page.getByText('AI replies') });
  await expect(confirm.getByText('Features you gain')).toBeVisible();
  await expect(gained).toHaveText('AI replies');
  await expect(confirm.getByText('Included, not in Stayzr yet')).toBeVisible();
  await expect(confirm.getByRole('list').filter({ has: page.getByText('WhatsApp') })).toContainText(
    'Automations',
  );
  await confirm.getByRole('button', { name: 'Upgrade now' }).click();
  await expect(page.getByText('You are on the Professional plan')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Current plan' })).toContainText('Professional');
  await expect(page.getByRole('group', { name: 'Users', exact: true })).toContainText('5 of 25 users');
  await expect(page.getByRole('banner')).toContainText('Professional');

  // The invitation that was refused now goes through.
  await openTeamSettings(page);
  await expect(page.getByText('Your team is at its limit')).toHaveCount(0);
  const colleague = `${unique(`${EMAIL_PREFIX}colleague`)}@seaside.test`;
  await page.getByRole('button', { name: 'Invite teammate' }).click();
  await inviteDialog(page).getByLabel('Email').fill(colleague);
  await inviteDialog(page).getByRole('button', { name: 'Create invitation' }).click();
  await expect(inviteDialog(page).getByLabel('Invitation link')).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await inviteDialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Pending invitations' })
      .getByRole('row', { name: new RegExp(colleague) }),
  ).toBeVisible();
});

test('the server’s refusal names the plan too, when the page did not know the team was full', async ({
  page,
  baseURL,
}) => {
  await fillSeats(baseURL ?? '', 1);
  await signIn(page, 'manager@seaside.test');
  await openTeamSettings(page);
  await expect(page.getByRole('table', { name: 'Pending invitations' })).toBeVisible();
  // Another admin takes the last seat while this page is open.
  await fillSeats(baseURL ?? '', 0);

  await page.getByRole('button', { name: 'Invite teammate' }).click();
  await inviteDialog(page)
    .getByLabel('Email')
    .fill(`${unique(`${EMAIL_PREFIX}late`)}@seaside.test`);
  await inviteDialog(page).getByRole('button', { name: 'Create invitation' }).click();
  const refusal = inviteDialog(page).getByRole('alert');
  await expect(refusal).toContainText('Could not create the invitation');
  await expect(refusal).toContainText(
    'the Starter plan allows 5 users. Upgrade to Professional for 25 users.',
  );
  await expect(refusal.getByRole('link', { name: 'Upgrade to Professional' })).toHaveAttribute(
    'href',
    '/settings/plan?plan=professional',
  );
});

test('while the subscription is past due, everyone sees why the hotel is read-only', async ({
  page,
  baseURL,
}) => {
  const superAdmin = await signedInApi(baseURL ?? '', 'admin@stayzr.test');
  await trpcCall(superAdmin, 'platform.subscriptions.set', {
    organizationId: await seasideId(superAdmin),
    status: 'past_due',
  });
  await superAdmin.dispose();

  await signIn(page, 'manager@seaside.test');
  await openTeamSettings(page);
  const banner = page.getByRole('region', { name: 'Read-only mode' });
  await expect(banner).toContainText(
    'Your subscription is past due; sending and settings are paused until billing is resolved.',
  );
  await page.getByRole('button', { name: 'Invite teammate' }).click();
  await inviteDialog(page)
    .getByLabel('Email')
    .fill(`${unique(`${EMAIL_PREFIX}paused`)}@seaside.test`);
  await inviteDialog(page).getByRole('button', { name: 'Create invitation' }).click();
  await expect(inviteDialog(page).getByRole('alert')).toContainText('Your subscription is past due');
  await page.keyboard.press('Escape');

  await banner.getByRole('link', { name: 'What to do' }).click();
  await expect(page).toHaveURL(/\/settings\/plan$/);
  await expect(page.getByRole('region', { name: 'Current plan' })).toContainText('Past due');
  await expect(banner).toBeVisible();

  // Manual billing: only the Stayzr team lifts the pause, so the admin asks them.
  await page.getByRole('button', { name: 'Ask Stayzr to reactivate' }).click();
  const request = page.getByRole('dialog', { name: 'Ask Stayzr to reactivate' });
  await request.getByRole('button', { name: 'Send request' }).click();
  await expect(request).toContainText('Request sent.');
  await request.getByRole('button', { name: 'Done' }).click();
  await expect(
    page.getByRole('region', { name: 'Notifications' }).getByRole('listitem').first(),
  ).toContainText('Plan change requested: Starter');
});

test('a super admin gives a hotel a negotiated user limit and sees it in the usage overview', async ({
  page,
}) => {
  await signIn(page, 'admin@stayzr.test');
  const seaside = page
    .getByRole('table', { name: 'Organizations' })
    .getByRole('row', { name: /Seaside Inn/ });
  await seaside.getByRole('button', { name: 'More actions for Seaside Inn' }).click();
  await page.getByRole('menuitem', { name: 'Set plan…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Plan and billing · Seaside Inn' });
  await expect(dialog.getByRole('combobox', { name: 'Plan' })).toHaveValue('Starter');
  const users = dialog.getByRole('radiogroup', { name: 'Users limit' });
  await users.getByText('Custom').click();
  await dialog.getByRole('textbox', { name: 'Custom users limit' }).fill('8');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Seaside Inn’s subscription was saved.')).toBeVisible();

  await mainNav(page).getByRole('link', { name: 'Usage overview' }).click();
  await expect(page).toHaveURL(/\/platform\/usage$/);
  const row = page
    .getByRole('table', { name: 'Usage by organization' })
    .getByRole('row', { name: /Seaside Inn/ });
  await expect(row).toContainText('Custom limits');
  await expect(row.getByRole('progressbar', { name: /^\d+ of 8 users$/ })).toBeVisible();
  await expect(row).toContainText('Starter');
});
