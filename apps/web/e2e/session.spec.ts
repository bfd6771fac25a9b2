import { expect, test } from '@playwright/test';
import { mainNav, signIn } from './helpers';

test('when the session ends, the next request leads to sign-in and back to the same page', async ({
  page,
  context,
}) => {
  await signIn(page, 'admin@stayzr.test');
  await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('table', { name: 'Audit log' })).toBeVisible();

  // The server no longer knows this browser: as after an expiry, a deactivation or a sign-out elsewhere.
  await context.clearCookies();
  await page.getByRole('combobox', { name: 'Organization', exact: true }).click();
  await page.getByRole('option', { name: 'Hotel Aurora' }).click();

  await expect(page).toHaveURL(/\/login\?next=%2Fplatform%2Faudit$/);
  await expect(page.getByText('Your session has ended. Please sign in again.')).toBeVisible();

  await signIn(page, 'admin@stayzr.test');
  await expect(page).toHaveURL(/\/platform\/audit$/);
  await expect(page.getByRole('table', { name: 'Audit log' })).toBeVisible();
});

test('navigating inside the app after the session ended also returns to sign-in', async ({
  page,
  context,
}) => {
  await signIn(page, 'frontdesk@aurora.test');
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();
  await expect(page.getByRole('table', { name: 'Team members' })).toBeVisible();

  await context.clearCookies();
  await mainNav(page).getByRole('link', { name: 'System status' }).click();
  await expect(page.getByText('All systems operational')).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();

  await expect(page).toHaveURL(/\/login\?next=%2Fsettings%2Fteam$/);
  await expect(page.getByText('Your session has ended. Please sign in again.')).toBeVisible();
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/settings\/team$/);
});
