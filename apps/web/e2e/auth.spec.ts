import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, mainNav, signIn, signOut } from './helpers';

test('front-desk staff sign in to their hotel and see only its team, read-only', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, 'frontdesk@aurora.test');

  await expect(page).toHaveURL(/\/inbox\/open$/);
  await expect(page.getByRole('banner')).toContainText('Hotel Aurora');
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();
  const members = page.getByRole('table', { name: 'Team members' });
  await expect(members.getByRole('row', { name: /manager@aurora\.test/ })).toBeVisible();
  await expect(members.getByRole('row', { name: /frontdesk@aurora\.test/ })).toBeVisible();
  await expect(members).not.toContainText('seaside.test');
  await expect(members).not.toContainText('admin@stayzr.test');

  // Staff read the list; changing it is for org admins.
  await expect(page.getByRole('button', { name: 'Invite teammate' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Actions for / })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Pending invitations' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Organizations' })).toHaveCount(0);

  await signOut(page);
  await page.goto('/settings/team');
  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fteam$/);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'frontdesk@aurora.test', 'not-the-password');

  await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
  await expect(page).toHaveURL(/\/login$/);

  // The right password still works afterwards (and clears the failed attempt).
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/inbox\/open$/);
});
