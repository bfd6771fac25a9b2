import { expect, type Page, test } from '@playwright/test';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn } from './helpers';

function conversationList(page: Page) {
  return page.getByRole('navigation', { name: 'Conversations' });
}

function rowOf(page: Page, phone: string) {
  return conversationList(page).getByRole('link', { name: new RegExp(phone.replace('+', '\\+')) });
}

/** The conversation's unread count as the server has it (the frontdesk user's own read state). */
async function serverUnread(page: Page, phone: string): Promise<number | undefined> {
  const input = encodeURIComponent(
    JSON.stringify({ 0: { json: { status: 'open', assignee: 'all', limit: 50, search: phone } } }),
  );
  const response = await page.request.get(`/trpc/conversations.list?batch=1&input=${input}`);
  expect(response.ok()).toBe(true);
  const [answer] = (await response.json()) as [
    { result: { data: { json: { items: { unreadCount: number; guest: { phoneE164: string | null } }[] } } } },
  ];
  return answer.result.data.json.items.find((item) => item.guest.phoneE164 === phone)?.unreadCount;
}

// Issue 13 item 7: resolving moves on to the next conversation, which is not read for staff.
test('the conversation opened after resolving stays unread until staff engage with it', async ({
  page,
  baseURL,
}) => {
  const channel = await (async () => {
    await signIn(page, 'frontdesk@aurora.test');
    await expect(page).toHaveURL(/\/inbox\/open$/);
    return auroraSmsChannel(page);
  })();
  const waiting = newGuestPhone();
  const current = newGuestPhone();
  // The newest first: `current` tops the list, `waiting` is right below it. Neither question is in Hotel
  // Aurora's knowledge, so its AI hands both over without a reply that would reorder the list.
  await postInboundSms(
    page.request,
    baseURL ?? '',
    channel,
    waiting,
    `May we bring our cat along? (${waiting.slice(-4)})`,
  );
  await postInboundSms(
    page.request,
    baseURL ?? '',
    channel,
    current,
    `Could you recommend a florist for my anniversary? (${current.slice(-4)})`,
  );
  await page.reload();
  await expect(rowOf(page, waiting)).toHaveAccessibleName(/1 unread/);
  const openCount = page.getByRole('tab', { name: /^Open/ });
  const countBefore = Number(await openCount.locator('.mantine-Badge-label').textContent());

  await rowOf(page, current).click();
  await expect(page.getByRole('log', { name: /^Messages with / })).toContainText('recommend a florist');
  await expect(rowOf(page, current)).not.toHaveAccessibleName(/unread/);

  // Resolve with the keyboard: the page moves on to the next conversation and shows it.
  await page.keyboard.press('e');
  await expect(page.getByText('Conversation resolved')).toBeVisible();
  await expect(rowOf(page, current)).toHaveCount(0);
  await expect(openCount.locator('.mantine-Badge-label')).toHaveText(String(countBefore - 1));
  const log = page.getByRole('log', { name: /^Messages with / });
  await expect(log).toContainText('May we bring our cat along?');
  await expect(rowOf(page, waiting)).toHaveAttribute('aria-current', 'page');

  // Shown by the page, not read by anyone: still unread in the list and on the server a while later.
  await page.waitForTimeout(1_500);
  await expect(rowOf(page, waiting)).toHaveAccessibleName(/1 unread/);
  expect(await serverUnread(page, waiting)).toBe(1);

  // Staff turn to it (a click in the thread): now it is read.
  await log.click();
  await expect(rowOf(page, waiting)).not.toHaveAccessibleName(/unread/);
  await expect.poll(() => serverUnread(page, waiting)).toBe(0);
});
