import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn } from './helpers';

// Aurora (professional) answers from its seeded knowledge in auto mode with the built-in provider;
// Seaside (starter) has no AI replies. The worker started by playwright.config.ts runs the `ai` jobs.

function thread(page: Page) {
  return page.getByRole('log', { name: /^Messages with / });
}

async function openConversationOf(page: Page, guestPhone: string) {
  const row = page
    .getByRole('navigation', { name: 'Conversations' })
    .getByRole('link', { name: new RegExp(guestPhone.replace('+', '\\+')) });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await row.click();
  await expect(thread(page)).toBeVisible();
}

test('"Is parking available?" to Aurora’s SMS number gets an AI answer in the thread, labelled AI', async ({
  page,
  baseURL,
}) => {
  const guestPhone = newGuestPhone();
  await signIn(page, 'manager@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  const channel = await auroraSmsChannel(page);
  await postInboundSms(page.request, baseURL ?? '', channel, guestPhone, 'Is parking available?');
  await openConversationOf(page, guestPhone);
  const answer = thread(page).getByRole('article', { name: /^Message from AI/ });
  await expect(answer).toContainText(/garage/i, { timeout: 15_000 });
  await expect(answer).toContainText('AI');
});

test('Seaside (starter) gets no AI answer and sees the upgrade prompt on the knowledge page', async ({
  page,
  baseURL,
}) => {
  const guestPhone = newGuestPhone();
  await signIn(page, 'manager@seaside.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  const channel = await auroraSmsChannel(page);
  const inbound = `Is parking available? (${guestPhone.slice(-4)})`;
  await postInboundSms(
    page.request,
    baseURL ?? '',
    channel,
    guestPhone,
    inbound,
    'seaside-demo-twilio-token',
  );
  await openConversationOf(page, guestPhone);
  await expect(thread(page)).toContainText(inbound);
  // Long enough for the worker to have answered if anything had been queued.
  await page.waitForTimeout(3_000);
  await expect(thread(page).getByRole('article', { name: /^Message from AI/ })).toHaveCount(0);

  await page.goto('/settings/knowledge');
  await expect(page.getByText(/AI replies is in the Professional plan/)).toBeVisible();
});
