import { test, expect, hydrated } from './fixtures';
import { allRoutes, firstLesson, lessonRoutes } from './routes';
import { openWidget } from './sim-helpers';

test('home page leads to the first lesson, whose table of contents and prev/next work', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What serverless is', level: 3 })).toBeVisible();
  await hydrated(page);
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(firstLesson);
  await expect(page.getByRole('heading', { level: 1, name: 'What serverless computing is' })).toBeVisible();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'By the end of this lesson you can' })).toBeVisible();

  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const tocLinks = toc.getByRole('link');
  expect(await tocLinks.count()).toBeGreaterThan(3);
  const target = tocLinks.nth(2);
  const hash = (await target.getAttribute('href')) ?? '';
  await target.click();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(page.locator(hash)).toBeInViewport();
  await expect(target).toHaveAttribute('aria-current', 'location');

  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('link', { name: /What serverless computing is/ })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(lessonRoutes[1] ?? '');
  await page.getByRole('link', { name: /^Previous/ }).click();
  await expect(page).toHaveURL(firstLesson);
});

test('headings carry anchor links and code blocks copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/learn/python-toolbox/http-server/');
  await hydrated(page);
  const h2 = page.locator('.prose h2[id]').first();
  const id = await h2.getAttribute('id');
  await expect(h2.getByRole('link', { name: /Link to this section/ })).toHaveAttribute('href', `#${id}`);
  const block = page.locator('[data-code-block]').first();
  await expect(block).toBeVisible();
  await expect(block.getByText(/^(Python|Shell|Text)$/)).toBeVisible();
  await block.getByRole('button', { name: /Copy/ }).click();
  await expect(block.getByRole('button', { name: /Copied!/ })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(5);
  expect(copied).toBe((await block.locator('pre code').textContent())?.replace(/\n$/, ''));
});

test('every script a lesson fetches, a widget\'s included, carries V8\'s eager-compile hint', async ({ page }) => {
  // scripts/compile-hints.mjs adds it after the build; without it Chrome compiles each module on the main thread.
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.url().includes('/_next/static/')) scripts.push(r.text());
  });
  await page.goto('/learn/scaling-seen-live/scale-to-zero/');
  await openWidget(page, 'Scale to zero');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body.slice(0, 40)).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
});

test('dark mode: the choice survives a reload and is on <html> before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    // Records the theme at the moment <body> is inserted, before anything can paint.
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { darkAtBody: boolean }).darkAtBody = document.documentElement.classList.contains('dark');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(firstLesson);
  await hydrated(page);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: /switch to dark/ }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: /switch to light/ })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await page.evaluate(() => (window as unknown as { darkAtBody: boolean }).darkAtBody)).toBe(true);
  await expect(page.getByRole('button', { name: /switch to light/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /switch to dark/ })).toBeHidden();
});

test('the system theme is the default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the outline opens from the menu button and works by keyboard', async ({ page }) => {
    await page.goto(firstLesson);
    await hydrated(page);
    const menu = page.getByRole('button', { name: 'Course menu' });
    await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline).toBeVisible();
    await expect(outline.getByRole('link', { name: /What serverless computing is/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(outline).toBeHidden();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(outline.getByRole('link', { name: /Pros and cons/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(lessonRoutes[1] ?? '');
    await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeHidden();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

test.describe('every page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('is no wider than the screen, its long words and addresses included', async ({ page }) => {
    const wide: string[] = [];
    for (const route of allRoutes) {
      await page.goto(route);
      await hydrated(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${route} is ${width} px wide`);
    }
    expect(wide).toEqual([]);
  });
});

test.describe('not found', () => {
  test.use({ allowConsole: [/status of 404/] });
  test('an unknown address shows the 404 page that leads back to the course', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page scaled to zero');
  await page.getByRole('link', { name: 'Back to the course' }).click();
  await expect(page).toHaveURL('/');
});
});
