import { expect, type Page, test } from '@playwright/test';
import { mainNav, signIn, signInViaApi, unique } from './helpers';

function organizationsTable(page: Page) {
  return page.getByRole('table', { name: 'Organizations' });
}

test('a super admin sees every hotel, switches into Seaside Inn and back out', async ({ page }) => {
  await signIn(page, 'admin@stayzr.test');

  await expect(page).toHaveURL(/\/platform\/organizations$/);
  await expect(page.getByRole('banner')).toContainText('Stayzr platform');
  const aurora = organizationsTable(page).getByRole('row', { name: /Hotel Aurora/ });
  const seaside = organizationsTable(page).getByRole('row', { name: /Seaside Inn/ });
  await expect(aurora).toContainText('aurora');
  await expect(aurora).toContainText('Professional');
  await expect(seaside).toContainText('seaside');
  await expect(seaside).toContainText('Starter');

  await page.getByRole('combobox', { name: 'Switch organization' }).click();
  await page.getByRole('option', { name: 'Seaside Inn' }).click();

  const banner = page.getByRole('region', { name: 'Super admin view' });
  await expect(banner).toContainText('Viewing Seaside Inn as super admin');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  await mainNav(page).getByRole('link', { name: 'Team settings' }).click();
  const members = page.getByRole('table', { name: 'Team members' });
  await expect(members.getByRole('row', { name: /manager@seaside\.test/ })).toBeVisible();
  await expect(members).not.toContainText('aurora.test');

  await banner.getByRole('button', { name: 'Exit' }).click();
  await expect(page).toHaveURL(/\/platform\/organizations$/);
  await expect(page.getByText('Viewing Seaside Inn as super admin')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Stayzr platform');
  await expect(mainNav(page).getByRole('link', { name: 'Team settings' })).toHaveCount(0);
});

test('a super admin creates an organization, gets its invite link, suspends it, and finds it all audited', async ({
  page,
}) => {
  const name = `Hotel ${unique('E2E')}`;
  await signIn(page, 'admin@stayzr.test');
  await expect(organizationsTable(page)).toBeVisible();

  await page.getByRole('button', { name: 'New organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organization' });
  await dialog.getByLabel('Name').fill(name);
  await expect(dialog.getByLabel('Address')).toHaveValue(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  await dialog.getByLabel('First admin’s email').fill(`${unique('owner')}@example.test`);
  await dialog.getByRole('button', { name: 'Create organization' }).click();

  await expect(dialog.getByLabel('Invitation link')).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await dialog.getByRole('button', { name: 'Done' }).click();

  const row = organizationsTable(page).getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Trial');
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: `More actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Suspend…' }).click();
  await page
    .getByRole('dialog', { name: `Suspend ${name}?` })
    .getByRole('button', { name: 'Suspend' })
    .click();
  await expect(row).toContainText('Suspended');

  await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/platform\/audit$/);
  await page.getByRole('combobox', { name: 'Organization', exact: true }).click();
  await page.getByRole('option', { name }).click();
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log.getByRole('row', { name: /platform\.organization_suspended/ })).toBeVisible();
  await expect(log.getByRole('row', { name: /platform\.organization_created/ })).toContainText(
    'admin@stayzr.test',
  );
  await expect(log).not.toContainText('Seaside Inn');
});

test('the audit log shows 50 entries at a time and loads older ones on demand', async ({ page, baseURL }) => {
  await signInViaApi(baseURL ?? '', 'manager@seaside.test', 51);
  await signIn(page, 'admin@stayzr.test');
  await mainNav(page).getByRole('link', { name: 'Audit log' }).click();

  await page.getByRole('combobox', { name: 'Organization', exact: true }).click();
  await page.getByRole('option', { name: 'Seaside Inn' }).click();
  await page.getByRole('combobox', { name: 'Action' }).fill('auth.login');
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(page.getByText('Showing 50 entries')).toBeVisible();
  await expect(log.getByRole('row')).toHaveCount(51);
  await expect(log).not.toContainText('Hotel Aurora');

  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(log.getByRole('row')).not.toHaveCount(51);
  await expect(page.getByText(/^Showing (5[1-9]|[6-9]\d|\d{3,}) entries$/)).toBeVisible();
});
