import { expect, test } from '@playwright/test';
import { createAuroraStaff, signIn, signOut } from './helpers';

test('a user changes their password; a wrong current password is refused without signing them out', async ({
  page,
  baseURL,
}) => {
  const oldPassword = 'first password for e2e';
  const newPassword = 'second password for e2e';
  const user = await createAuroraStaff(baseURL ?? '', oldPassword);

  await signIn(page, user.email, oldPassword);
  await expect(page.getByRole('banner')).toContainText(user.name);
  await page.getByRole('button', { name: 'Account menu' }).click();
  await expect(page.getByRole('menu')).toContainText(user.email);
  await page.getByRole('menuitem', { name: 'Change password' }).click();

  const dialog = page.getByRole('dialog', { name: 'Change password' });
  await dialog.getByLabel('Current password').fill('not my password');
  await dialog.getByLabel('New password', { exact: true }).fill(newPassword);
  await dialog.getByLabel('Repeat new password').fill(newPassword);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('Your current password is incorrect.')).toBeVisible();
  await expect(page).toHaveURL(/\/inbox\/open$/);

  await dialog.getByLabel('Current password').fill(oldPassword);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed')).toBeVisible();
  await expect(dialog).toBeHidden();

  await signOut(page);
  await signIn(page, user.email, oldPassword);
  await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
  await page.getByLabel('Password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/inbox\/open$/);
});
