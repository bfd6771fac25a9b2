import { expect, test } from '@playwright/test';
import { mainNav, signIn } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an org admin opens Channels and finds the SMS channel with the webhook URLs to paste into Twilio', async ({
  page,
  baseURL,
}) => {
  await signIn(page, 'manager@aurora.test');
  await mainNav(page).getByRole('link', { name: 'Channels' }).click();
  await expect(page).toHaveURL(/\/settings\/channels$/);

  const sms = page.getByRole('article', { name: 'Aurora SMS' });
  await expect(sms).toContainText('SMS · Twilio · +15005550006');
  await expect(sms).toContainText('Active');
  await expect(sms).toContainText('AC00000000000000000000000000000001');
  await expect(sms).not.toContainText('aurora-demo-twilio-token');

  const incoming = sms.getByRole('textbox', { name: 'A message comes in' });
  const status = sms.getByRole('textbox', { name: 'Status callback URL' });
  await expect(incoming).toHaveValue(new RegExp(`^${baseURL}/webhooks/twilio/[0-9a-f-]{36}/sms$`));
  await expect(status).toHaveValue(new RegExp(`^${baseURL}/webhooks/twilio/[0-9a-f-]{36}/status$`));

  await sms.getByRole('button', { name: 'Copy A message comes in URL' }).click();
  await expect(sms.getByRole('button', { name: 'A message comes in URL copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await incoming.inputValue());

  // Editing never shows the stored token.
  await sms.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Aurora SMS' });
  await expect(edit.getByLabel('New auth token')).toHaveValue('');
  await edit.getByRole('button', { name: 'Cancel' }).click();
});

test('channels Stayzr cannot send through yet are pending with the reason, never active', async ({
  page,
}) => {
  await signIn(page, 'manager@aurora.test');
  await mainNav(page).getByRole('link', { name: 'Channels' }).click();
  await expect(page.getByRole('article', { name: 'Aurora SMS' })).toContainText('Active');
  for (const name of ['Aurora WhatsApp', 'Aurora front desk e-mail']) {
    const card = page.getByRole('article', { name });
    await expect(card).toContainText('Pending');
    await expect(card).not.toContainText('Active');
    await expect(card).toContainText('is not in Stayzr yet');
    await expect(card).toContainText('replies cannot be sent');
  }
});

test('staff have no channel settings', async ({ page }) => {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(mainNav(page).getByRole('link', { name: 'Channels' })).toHaveCount(0);
  await page.goto('/settings/channels');
  // Sent to their start page, whichever that is.
  await expect(page).not.toHaveURL(/\/settings\/channels/);
  await expect(page.getByRole('heading', { name: 'Channels' })).toHaveCount(0);
});

test('a starter hotel’s admin sees that WhatsApp is in the Professional plan, with the way to upgrade', async ({
  page,
}) => {
  await signIn(page, 'manager@seaside.test');
  await mainNav(page).getByRole('link', { name: 'Channels' }).click();
  const whatsapp = page.getByLabel('WhatsApp channels');
  await expect(whatsapp).toContainText('Professional plan');
  await expect(whatsapp).toContainText('Your Starter plan does not include WhatsApp.');
  await expect(whatsapp.getByRole('link', { name: 'Upgrade to Professional' })).toHaveAttribute(
    'href',
    '/settings/plan?plan=professional',
  );
  await expect(
    page.getByLabel('SMS channels').getByRole('button', { name: 'Add SMS channel' }),
  ).toBeVisible();
});

test('an org admin sends a test SMS and sees that Twilio accepted it', async ({ page, request }) => {
  // The e2e server sends through the local SMS sandbox (playwright.config.ts), which records what it got.
  const sandbox = `http://127.0.0.1:${process.env.E2E_SMS_SANDBOX_PORT ?? 4011}`;
  const to = `+3519${String(Date.now()).slice(-8)}`;
  await signIn(page, 'manager@aurora.test');
  await mainNav(page).getByRole('link', { name: 'Channels' }).click();
  await page
    .getByRole('article', { name: 'Aurora SMS' })
    .getByRole('button', { name: 'Send test SMS' })
    .click();

  const dialog = page.getByRole('dialog', { name: 'Send a test SMS' });
  await dialog.getByLabel('Send to').fill('351 912');
  await dialog.getByRole('button', { name: 'Send test SMS' }).click();
  await expect(dialog).toContainText('Use the international format');

  await dialog.getByLabel('Send to').fill(to);
  await dialog.getByRole('button', { name: 'Send test SMS' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Twilio accepted the message \(id SM[0-9a-f]{32}\)/);

  const received = (await (await request.get(`${sandbox}/sandbox/messages`)).json()) as {
    to: string;
    from: string;
    body: string;
  }[];
  expect(received).toContainEqual(
    expect.objectContaining({
      to,
      from: '+15005550006',
      body: 'Stayzr test message: your SMS channel works.',
    }),
  );
});
