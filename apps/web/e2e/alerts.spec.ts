import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn } from './helpers';

/** Records what the app asks of the Notification API instead of showing real desktop notifications. */
const STUB_NOTIFICATION = () => {
  const shown: { title: string; body: string | undefined }[] = [];
  (window as unknown as { __notifications: typeof shown }).__notifications = shown;
  class RecordedNotification {
    static permission: NotificationPermission = 'granted';
    static requestPermission = async () => 'granted' as NotificationPermission;
    onclick: (() => void) | null = null;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body });
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
};

async function openLiveInbox(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/inbox\/open$/);
  await expect(page.getByText('Live', { exact: true })).toBeVisible({ timeout: 15_000 });
}

function rowOf(page: Page, phone: string) {
  return page
    .getByRole('navigation', { name: 'Conversations' })
    .getByRole('link', { name: new RegExp(phone.replace('+', '\\+')) });
}

test('a guest message for a conversation that is not open shows a desktop notification', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['notifications']);
  await page.addInitScript(STUB_NOTIFICATION);
  await openLiveInbox(page, 'frontdesk@aurora.test');

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Notifications' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notifications' });
  await dialog.getByText('All conversations').click();
  await dialog.getByLabel('Show desktop notifications').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const phone = newGuestPhone();
  await postInboundSms(
    page.request,
    baseURL ?? '',
    await auroraSmsChannel(page),
    phone,
    'Is breakfast included?',
  );
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __notifications: { title: string }[] }).__notifications),
    )
    .toContainEqual(expect.objectContaining({ title: expect.stringMatching(/^New message from /) }));
});

test('a colleague typing in the same conversation shows above the composer', async ({ browser, baseURL }) => {
  const frontdeskContext = await browser.newContext();
  const managerContext = await browser.newContext();
  try {
    const frontdesk = await frontdeskContext.newPage();
    const manager = await managerContext.newPage();
    await openLiveInbox(frontdesk, 'frontdesk@aurora.test');
    await openLiveInbox(manager, 'manager@aurora.test');
    const phone = newGuestPhone();
    await postInboundSms(
      frontdesk.request,
      baseURL ?? '',
      await auroraSmsChannel(frontdesk),
      phone,
      'Late checkout?',
    );
    for (const page of [frontdesk, manager]) {
      await rowOf(page, phone).click({ timeout: 10_000 });
      await expect(page.getByPlaceholder(/^Reply to /)).toBeVisible();
    }
    await frontdesk.getByPlaceholder(/^Reply to /).pressSequentially('We can offer 14:00', { delay: 30 });
    await expect(manager.getByTestId('collision-warning')).toHaveText(/is typing…$/, { timeout: 5_000 });
    // Nobody else is typing where the frontdesk is.
    await expect(frontdesk.getByTestId('collision-warning')).toHaveCount(0);
  } finally {
    await frontdeskContext.close();
    await managerContext.close();
  }
});
