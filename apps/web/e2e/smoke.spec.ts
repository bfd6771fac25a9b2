import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { mainNav, signIn } from './helpers';

function dependencyCard(page: Page, name: 'PostgreSQL' | 'Redis') {
  return page.getByRole('region', { name });
}

test('the system status page is open without signing in and shows PostgreSQL and Redis OK', async ({
  page,
}, testInfo) => {
  await page.goto('/status');

  await expect(page).toHaveTitle('System status · Stayzr');
  await expect(page.getByRole('banner')).toContainText('Stayzr');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('All systems operational')).toBeVisible();
  for (const name of ['PostgreSQL', 'Redis'] as const) {
    const card = dependencyCard(page, name);
    await expect(card.getByText('OK', { exact: true })).toBeVisible();
    await expect(card).toContainText(/Latency\s*(<1|\d+) ms/);
    await expect(card).not.toContainText('Down');
  }

  // The project's output directory is absolute (apps/web/test-results), whichever directory Playwright runs from.
  const file = path.join(testInfo.project.outputDir, 'status-page.png');
  const screenshot = await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('status page', { body: screenshot, contentType: 'image/png' });
});

test('deep links load the app from the server (SPA fallback)', async ({ page }) => {
  const status = await page.goto('/status?x=1');
  expect(status?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'System status' })).toBeVisible();
  await expect(page.getByText('All systems operational')).toBeVisible();

  const unknown = await page.goto('/no-such-page/deep/link');
  expect(unknown?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is nothing at /no-such-page/deep/link')).toBeVisible();

  // Signed out, the start page is the sign-in page.
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test('signed in, the status page is part of the navigation', async ({ page }) => {
  await signIn(page, 'frontdesk@aurora.test');
  await expect(page).toHaveURL(/\/inbox\/open$/);

  await mainNav(page).getByRole('link', { name: 'System status' }).click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByText('All systems operational')).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'System status' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
