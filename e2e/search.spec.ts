import type { Page } from '@playwright/test';
import { test, expect, axeScan, hydrated } from './fixtures';

/** Every request for Pagefind's files, the page's and its search worker's. */
function watchPagefind(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) urls.push(r.url());
  });
  return urls;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search lessons, glossary and quizzes' });
const field = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search lessons, glossary and quizzes' });

test('"/" opens search; a result for keep-alive opens its lesson at the heading; nothing of Pagefind loads before', async ({ page }) => {
  const pagefind = watchPagefind(page);
  await page.goto('/learn/what-serverless-is/pros-and-cons/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(pagefind, 'Pagefind requests before search opened').toEqual([]);

  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('keep-alive');
  const hits = dialog(page).locator('[data-search-hit]');
  const trade = hits.filter({ hasText: 'The keep-alive trade-off' });
  await expect(trade).toBeVisible();
  // The watcher sees the loader and the index chunks its worker fetches, so the empty list above means something.
  expect(pagefind.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(pagefind.some((u) => /\.pf_(index|fragment)$/.test(u))).toBe(true);

  // Down from the field walks the results; Enter follows the focused one.
  const count = await hits.count();
  const target = await trade.evaluate((el) => [...el.closest('dialog')!.querySelectorAll('[data-search-hit]')].indexOf(el));
  for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
  expect(target).toBeLessThan(count);
  await expect(trade).toBeFocused();
  const href = (await trade.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/learn\/scaling-seen-live\/scale-to-zero\/#the-keep-alive-trade-off$/);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(href);
  const heading = page.getByRole('heading', { level: 2, name: /The keep-alive trade-off/ });
  await expect(heading).toBeInViewport();
  await expect(dialog(page)).toBeHidden();
});

test('Ctrl+K opens search, axe finds nothing with it open, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/glossary/');
  await hydrated(page);
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('cold start');
  // A glossary entry is its own result, linked to the entry.
  await expect(dialog(page).locator('[data-search-hit][href="/glossary/#cold-start"]')).toBeVisible();
  await expect(dialog(page).getByRole('status')).toHaveText(/pages? for “cold start”/);
  expect(await axeScan(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  // "/" typed into a text field is text, not the shortcut.
  await button.click();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('p99/');
  await expect(field(page)).toHaveValue('p99/');
});

test('search works under a strict Content Security Policy: no eval, only the site\'s own files', async ({ page }) => {
  // Inline scripts are allowed here only because the real policy lists their hashes; eval is not.
  const policy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'";
  await page.route(/\/learn\/.*\/$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/learn/scaling-seen-live/cold-starts/');
  await hydrated(page);
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await field(page).fill('provisioned concurrency');
  await expect(dialog(page).locator('[data-search-hit]').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe('offline without a cached index', () => {
  test.use({ allowConsole: [/Failed to fetch dynamically imported module|ERR_INTERNET_DISCONNECTED/] });
  test('search that cannot load says so, and Try again recovers once back online', async ({ page, context }) => {
  await page.goto('/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page).getByRole('status')).toHaveText(/Search could not load .* try again/);
  await context.setOffline(false);
  await dialog(page).getByRole('button', { name: 'Try again' }).click();
  await field(page).fill('autoscaling');
  await expect(dialog(page).locator('[data-search-hit]').first()).toBeVisible();
});
});
