import { expect, type Page, test } from '@playwright/test';
import { createDb } from '@stayzr/db';
import { auroraSmsChannel, newGuestPhone, postInboundSms, signIn } from './helpers';

// Issue 13 item 10: long names and unbroken words never push the inbox wider than the window.
// No space or hyphen to break at: the worst case for a layout.
const longName = (phone: string) => `Maximiliana${phone.slice(-6)}${'Alexandrina'.repeat(18)}`.slice(0, 200);
const longEmail = (phone: string) => `${'reservations'.repeat(15)}${phone.slice(-6)}@example.org`;
const LONG_URL = `https://example.org/booking/${'x7'.repeat(150)}`.slice(0, 300);

/**
 * A name longer than the app's own form allows (120) still reaches the database by other paths (imports,
 * older data): written here directly, through the platform role of the e2e database.
 */
async function renameGuest(phone: string, name: string, email: string): Promise<void> {
  const db = createDb({ connectionString: process.env.E2E_DATABASE_URL ?? '', max: 1 });
  try {
    const { count } = await db.withPlatform((tx) =>
      tx.guest.updateMany({ where: { phoneE164: phone }, data: { name, email } }),
    );
    expect(count).toBe(1);
  } finally {
    await db.close();
  }
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
]) {
  test(`a 200-character name and a 300-character URL keep the inbox inside ${viewport.width}px`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    const phone = newGuestPhone();
    await signIn(page, 'frontdesk@aurora.test');
    await expect(page).toHaveURL(/\/inbox\/open$/);
    await postInboundSms(page.request, baseURL ?? '', await auroraSmsChannel(page), phone, `See ${LONG_URL}`);
    const LONG_NAME = longName(phone);
    await renameGuest(phone, LONG_NAME, longEmail(phone));
    await page.reload();

    const list = page.getByRole('navigation', { name: 'Conversations' });
    const row = list.getByRole('link', { name: new RegExp(LONG_NAME.slice(0, 40)) });
    await row.click();
    const log = page.getByRole('log', { name: /^Messages with / });
    const bubble = log.getByRole('article').filter({ hasText: 'See https://example.org/booking/' });
    await expect(bubble).toBeVisible();
    await expectNoHorizontalOverflow(page);

    // Each stays inside its pane and its own box (an ellipsis is fine: the full name is the title).
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const inside = (what: string, element: Element | null, container: Element | null) => {
        if (!element || !container) return found.push(`${what}: not on screen`);
        const a = element.getBoundingClientRect();
        const b = container.getBoundingClientRect();
        if (a.right > b.right + 1 || a.left < b.left - 1) found.push(`${what}: wider than its pane`);
      };
      const fits = (what: string, element: Element | null) => {
        if (element && element.scrollWidth > element.clientWidth + 1)
          found.push(`${what}: content ${element.scrollWidth}px in ${element.clientWidth}px`);
      };
      const list = document.querySelector('section[aria-label="Conversation list"]');
      const row = list?.querySelector('a[aria-current="page"]') ?? null;
      inside('list row', row, list);
      fits('list row', row);
      const pane = document.querySelector('section[aria-label="Conversation"]');
      const heading = pane?.querySelector('h2') ?? null;
      inside('header name', heading, pane);
      fits('header name', heading);
      const log = document.querySelector('[role="log"]');
      fits('thread', log);
      for (const bubble of log?.querySelectorAll('[role="article"]') ?? []) inside('bubble', bubble, log);
      const side = document.querySelector('section[aria-label="Guest details"]');
      fits('guest panel', side);
      for (const element of side?.querySelectorAll('*') ?? []) {
        if (element.children.length === 0 && element.textContent && element.textContent.length > 60)
          inside(`guest panel text "${element.textContent.slice(0, 20)}…"`, element, side);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await expect(list.locator('a[aria-current="page"] [title]').first()).toHaveAttribute('title', LONG_NAME);
    await expect(page.getByRole('heading', { level: 2 })).toHaveAttribute('title', LONG_NAME);
    await expectNoHorizontalOverflow(page);
  });
}
