import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn } from './helpers';

function conversationList(page: Page) {
  return page.getByRole('navigation', { name: 'Conversations' });
}

// Issue 13 item 5: an SMS reply says what it costs and cannot be sent past Twilio's 1,600 characters.
test('an SMS reply counts characters and segments, and send is off past 1,600 characters', async ({
  page,
  baseURL,
}) => {
  const guestPhone = newGuestPhone();
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  await postInboundSms(
    page.request,
    baseURL ?? '',
    await auroraSmsChannel(page),
    guestPhone,
    'Late checkout?',
  );
  await page.reload();
  await conversationList(page)
    .getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) })
    .click();

  const composer = page.getByRole('textbox', { name: 'Reply' });
  const meter = page.getByTestId('sms-meter');
  const send = page.getByRole('button', { name: 'Send' });

  await composer.fill('a'.repeat(142));
  await expect(meter).toHaveText('142 / 160 · 1 segment');
  await expect(send).toBeEnabled();

  await composer.fill('Thanks, see you soon 🙂');
  await expect(meter).toHaveText('UCS-2 · 23 / 70 · 1 segment');
  await meter.hover();
  await expect(page.getByText(/so the whole message is sent as UCS-2/)).toBeVisible();

  await composer.fill('a'.repeat(1_450));
  await expect(meter).toHaveText('1,450 / 1,530 · 10 segments');
  await expect(meter).toHaveAttribute('data-level', 'near');
  await expect(page.getByText('Close to the 1,600-character limit')).toBeVisible();

  await composer.fill('a'.repeat(1_650));
  await expect(meter).toHaveAttribute('data-level', 'over');
  await expect(page.getByRole('alert')).toHaveText(
    'Too long for a text message: 1,650 of at most 1,600 characters. Shorten it by 50 or send it in parts.',
  );
  await expect(send).toBeDisabled();
  await composer.press('Enter');
  await expect(composer).toHaveValue('a'.repeat(1_650));

  // A private note never leaves Stayzr: no meter, no SMS limit.
  await page
    .locator('label')
    .filter({ hasText: /^Note$/ })
    .click();
  await expect(meter).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add note' })).toBeEnabled();
});
