import { expect, test } from '@playwright/test';
import { sandboxMessages, signIn, unique } from './helpers';

// Seeded Sofia Rossi writes to Hotel Aurora on WhatsApp and has a phone number; the hotel has SMS too.
// WhatsApp replies cannot be sent yet, so every reply there fails: the case a hotel meets first.
const SOFIA_PHONE = '+393123456789';

test('a failed reply keeps the guest waiting, shows in the list, and goes out by SMS instead', async ({
  page,
}) => {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  const list = page.getByRole('navigation', { name: 'Conversations' });
  const row = list.getByRole('link', { name: /^Sofia Rossi/ });
  await expect(row).toContainText(/waiting/);
  await row.click();

  const reply = unique('Yes, breakfast is included, gluten-free too');
  const composer = page.getByRole('textbox', { name: 'Reply' });
  await composer.fill(reply);
  await composer.press('Enter');

  const thread = page.getByRole('log', { name: /^Messages with Sofia Rossi/ });
  const failed = thread.getByRole('article').filter({ hasText: reply }).first();
  await expect(failed.getByRole('alert')).toContainText('not available', { timeout: 15_000 });

  // Not answered: the list says the reply did not go out, and the guest is still waiting.
  await expect(row).toContainText('Not delivered');
  await expect(row).toContainText(/waiting/);

  await failed.getByRole('button', { name: 'Send by SMS instead' }).click();
  await expect
    .poll(async () => (await sandboxMessages()).find((message) => message.body === reply), {
      message: 'the SMS sandbox received the reply',
      timeout: 15_000,
    })
    .toEqual(expect.objectContaining({ to: SOFIA_PHONE, body: reply }));

  // Both attempts in the thread; the SMS one says how it went and is delivered.
  const bySms = thread.getByRole('article').filter({ hasText: reply }).filter({ hasText: 'by SMS' });
  await expect(bySms.getByRole('img', { name: 'Delivered' })).toBeVisible({ timeout: 15_000 });
  await expect(thread.getByRole('article').filter({ hasText: reply })).toHaveCount(2);
  await expect(row).not.toContainText('Not delivered');
  await expect(row).not.toContainText(/waiting/);
});
