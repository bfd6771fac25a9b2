import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, mainNav, newGuestPhone, postInboundSms, signIn, signOut } from './helpers';

function conversationList(page: Page) {
  return page.getByRole('navigation', { name: 'Conversations' });
}

function thread(page: Page) {
  return page.getByRole('log', { name: /^Messages with / });
}

// Issue 13 item 9: what the platform team does inside a hotel shows to the hotel as "Stayzr support".
test('a note by a super admin switched into Hotel Aurora shows as Stayzr support, and is in the hotel’s audit log', async ({
  page,
  baseURL,
}) => {
  const guestPhone = newGuestPhone();
  const inbound = `Our booking shows the wrong dates (${guestPhone.slice(-4)})`;
  const noteText = `Support checked the booking sync for you (${guestPhone.slice(-4)})`;

  await signIn(page, 'admin@stayzr.test');
  await expect(page).toHaveURL(/\/platform\/organizations$/);
  await page.getByRole('combobox', { name: 'Switch organization' }).click();
  await page.getByRole('option', { name: 'Hotel Aurora' }).click();
  await expect(page.getByRole('region', { name: 'Super admin view' })).toContainText(
    'Viewing Hotel Aurora as super admin',
  );
  await expect(page).toHaveURL(/\/inbox\/open$/);

  const channel = await auroraSmsChannel(page);
  await postInboundSms(page.request, baseURL ?? '', channel, guestPhone, inbound);
  const row = conversationList(page).getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) });
  await row.click();
  await expect(thread(page)).toContainText(inbound, { timeout: 10_000 });
  const conversationPath = new URL(page.url()).pathname;
  expect(conversationPath).toMatch(/^\/inbox\/open\/[0-9a-f-]{36}$/);

  await thread(page).click();
  await page.keyboard.press('n');
  const composer = page.getByRole('textbox', { name: 'Private note' });
  await expect(composer).toBeFocused();
  await composer.fill(noteText);
  await composer.press('Enter');
  await expect(
    thread(page).getByRole('article', { name: /^Private note from Stayzr support/ }),
  ).toContainText(noteText);

  await page.getByRole('region', { name: 'Super admin view' }).getByRole('button', { name: 'Exit' }).click();
  await expect(page).toHaveURL(/\/platform\/organizations$/);
  await signOut(page);

  // The hotel's manager sees the platform team, not "Staff" and not the super admin's name.
  await signIn(page, 'manager@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  await page.goto(conversationPath);
  const note = thread(page).getByRole('article').filter({ hasText: noteText });
  await expect(note).toHaveAccessibleName(/^Private note from Stayzr support/);
  await expect(note).toContainText('Stayzr support');
  await expect(note).not.toContainText('Staff');

  // ... and the action in the organization's audit log, linked to the conversation.
  await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/settings\/audit-log$/);
  const log = page.getByRole('table', { name: 'Audit log' });
  const entry = log.getByRole('row').filter({ hasText: 'Added a private note' }).first();
  await expect(entry).toContainText('Stayzr support');
  await expect(entry).not.toContainText('admin@stayzr.test');
  await expect(
    log.getByRole('row').filter({ hasText: 'Opened the organization to help' }).first(),
  ).toContainText('Stayzr support');
  const link = entry.getByRole('link', { name: /^#\d+/ });
  await expect(link).toHaveAttribute('href', conversationPath);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${conversationPath}$`));
  await expect(thread(page)).toContainText(noteText);
  await expect(thread(page)).toContainText(inbound);
});

test('staff have no audit log in their settings', async ({ page }) => {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  await expect(mainNav(page).getByRole('link', { name: 'Team settings' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/settings/audit-log');
  await expect(page).toHaveURL(/\/inbox\/open$/);
});
