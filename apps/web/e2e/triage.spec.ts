import { expect, request, test } from '@playwright/test';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn, unique } from './helpers';

test('triage: only unread, longest waiting first, two resolved at once, a canned reply filled for the guest', async ({
  page,
  baseURL,
}) => {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);
  const list = page.getByRole('navigation', { name: 'Conversations' });

  // Two new guests write, the first a little before the second. Neither question is in Hotel Aurora's
  // knowledge, so its AI hands both over and the guests stay waiting (an answered guest is not).
  const channel = await auroraSmsChannel(page);
  const api = await request.newContext();
  const first = newGuestPhone();
  const second = newGuestPhone();
  await postInboundSms(
    api,
    baseURL!,
    channel,
    first,
    unique('Could you recommend a florist for my anniversary?'),
  );
  await page.waitForTimeout(1_100);
  await postInboundSms(api, baseURL!, channel, second, unique('May we bring our cat along?'));
  await api.dispose();
  const firstRow = list.getByRole('link', { name: new RegExp(`^\\${first}`) });
  const secondRow = list.getByRole('link', { name: new RegExp(`^\\${second}`) });
  await expect(firstRow).toBeVisible({ timeout: 15_000 });
  await expect(secondRow).toBeVisible();

  // Unread only: every row left has unread guest messages, the two new ones among them.
  await page.getByText('Unread only', { exact: true }).click();
  await expect(page).toHaveURL(/unread=1/);
  // The filtered page replaces the unfiltered one when it arrives: wait for it rather than read the old rows.
  await expect
    .poll(
      async () => {
        const rows = await list
          .getByRole('link')
          .evaluateAll((links) => links.map((row) => row.getAttribute('aria-label') ?? ''));
        return rows.length > 0 && rows.every((label) => /\d+ unread/.test(label));
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  await expect(firstRow).toBeVisible();

  const names = () =>
    list.getByRole('link').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  const position = (labels: string[], phone: string) => labels.findIndex((label) => label.startsWith(phone));
  // Newest first: the second guest above the first.
  let labels = await names();
  expect(position(labels, second)).toBeLessThan(position(labels, first));
  // Longest waiting first: the first guest has waited longer, and both come after the guests waiting for hours.
  await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Longest waiting' });
  await expect(page).toHaveURL(/sort=waiting/);
  // Every guest earlier specs left waiting comes before these two, so they may be pages down: scroll
  // to the end of the list (the next page loads as it comes into reach) until both are in it.
  await expect
    .poll(
      async () => {
        labels = await names();
        const [a, b] = [position(labels, first), position(labels, second)];
        if (a === -1 || b === -1) await list.getByRole('link').last().scrollIntoViewIfNeeded();
        return a !== -1 && b !== -1 && a < b;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const firstWaiting = list.getByRole('link').first();
  await expect(firstWaiting).not.toHaveAttribute('aria-label', new RegExp(`^\\${first}`));

  // Tick both new conversations and resolve them in one go.
  await list.getByRole('checkbox', { name: `Select ${first}` }).check();
  await list.getByRole('checkbox', { name: `Select ${second}` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Selected conversations' });
  await expect(toolbar).toContainText('2 selected');
  await toolbar.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByText('Resolved 2 conversations')).toBeVisible();
  await expect(firstRow).toHaveCount(0);
  await expect(secondRow).toHaveCount(0);
  await page.getByRole('tab', { name: /Resolved/ }).click();
  await expect(list.getByRole('link', { name: new RegExp(`^\\${first}`) })).toBeVisible();
  await expect(list.getByRole('link', { name: new RegExp(`^\\${second}`) })).toBeVisible();

  // A canned response comes in with the guest's first name, the hotel and the room filled in.
  await page.goto('/inbox/open');
  await list.getByRole('link', { name: /^Emma Thompson/ }).click();
  const composer = page.getByRole('textbox', { name: 'Reply' });
  await composer.pressSequentially('/welc');
  await page.getByRole('option', { name: /\/welcome/ }).waitFor();
  await composer.press('Enter');
  await expect(composer).toHaveValue(
    /^Hello Emma, welcome to Hotel Aurora Lisboa! Your room 304 is ready from 15:00 on \w+/,
  );
  await expect(composer).not.toHaveValue(/\{\{/);
});
