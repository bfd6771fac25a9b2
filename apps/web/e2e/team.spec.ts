import { expect, test } from '@playwright/test';
import { mainNav, sandboxMailsTo, signIn, signOut, unique } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an org admin invites a teammate, who gets the link by email, sets a password and is signed in', async ({
  page,
}) => {
  const email = `${unique('new-staff')}@aurora.test`;
  await signIn(page, 'manager@aurora.test');
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();

  await page.getByRole('button', { name: 'Invite teammate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a teammate to Hotel Aurora' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('radio', { name: 'Staff' }).check();
  await dialog.getByRole('button', { name: 'Create invitation' }).click();

  const link = dialog.getByLabel('Invitation link');
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await expect(dialog).toContainText(`We also emailed the link to ${email}.`);
  const inviteUrl = await link.inputValue();
  // The link points at the web app, and the email carries that same link.
  expect(new URL(inviteUrl).origin).toBe(new URL(page.url()).origin);
  await expect.poll(async () => (await sandboxMailsTo(email)).length).toBe(1);
  const [mail] = await sandboxMailsTo(email);
  expect(mail?.subject).toBe('Join Hotel Aurora on Stayzr');
  expect(mail?.text).toContain('invited you to join Hotel Aurora on Stayzr as a member of the front desk');
  const emailedUrl = mail?.text.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  expect(emailedUrl).toBe(inviteUrl);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
  await dialog.getByRole('button', { name: 'Done' }).click();

  const pending = page.getByRole('table', { name: 'Pending invitations' });
  await expect(pending.getByRole('row', { name: new RegExp(email) })).toContainText('Staff');

  await signOut(page);
  // The invitee opens the link from the email.
  await page.goto(emailedUrl ?? '');
  await expect(page.getByRole('heading', { name: 'Join Hotel Aurora' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await page.getByLabel('Your name').fill('Nora Newcomer');
  await page.getByLabel('Password', { exact: true }).fill('a long new password');
  await page.getByLabel('Repeat password').fill('a long new password');
  await page.getByRole('button', { name: 'Create account and sign in' }).click();

  await expect(page).toHaveURL(/\/inbox\/open$/);
  await expect(page.getByRole('banner')).toContainText('Hotel Aurora');
  await expect(page.getByRole('banner')).toContainText('Nora Newcomer');
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();
  const me = page.getByRole('table', { name: 'Team members' }).getByRole('row', { name: new RegExp(email) });
  await expect(me).toContainText('Staff');
  await expect(me).toContainText('You');

  // A link works once.
  await page.goto(inviteUrl);
  await expect(page.getByRole('alert')).toHaveText('This invitation has already been used.');
});

test('the server’s refusal is shown: a hotel cannot lose its last org admin', async ({ page }) => {
  // A super admin switched into Seaside Inn acts as its org admin without being one of its members.
  await signIn(page, 'admin@stayzr.test');
  await page.getByRole('combobox', { name: 'Switch organization' }).click();
  await page.getByRole('option', { name: 'Seaside Inn' }).click();
  await expect(page.getByRole('region', { name: 'Super admin view' })).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();

  const manager = page
    .getByRole('table', { name: 'Team members' })
    .getByRole('row', { name: /manager@seaside\.test/ });
  await manager.getByRole('button', { name: /^Actions for / }).click();
  await page.getByRole('menuitem', { name: 'Make staff' }).click();

  await expect(page.getByText('This is the last org admin. Make someone else an admin first.')).toBeVisible();
  await expect(manager).toContainText('Org admin');

  await page.getByRole('region', { name: 'Super admin view' }).getByRole('button', { name: 'Exit' }).click();
  await expect(page).toHaveURL(/\/platform\/organizations$/);
});
