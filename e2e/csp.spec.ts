import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { allRoutes, firstLesson } from './routes';
import { openWidget, readout } from './sim-helpers';

/**
 * The Content-Security-Policy that scripts/csp.mjs writes into every page and serve.mjs sends:
 * each page hydrates and works under it with no violation at all. Chromium also logs each
 * violation as a console error, which the fixture fails on; the listener below says which one.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
});

/** Violations so far, read after one more task so that any report already queued has arrived. */
function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((done) => setTimeout(() => done((window as unknown as { __cspViolations: string[] }).__cspViolations), 0)));
}

const scriptSrc = /(?:^|; )script-src ([^;]*)/;

for (const route of allRoutes) {
  test(`CSP: ${route} hydrates with no violation; the header is the page's policy and frame-ancestors`, async ({ page }) => {
    const response = await page.goto(route);
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(scriptSrc.exec(meta)?.[1]).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
    expect(response?.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    await hydrated(page);
    expect(await violations(page)).toEqual([]);
  });
}

test('CSP: a widget plays, and a link followed in the page loads the next one, with no violation', async ({ page }) => {
  await page.goto('/learn/scaling-seen-live/autoscaling/');
  await hydrated(page);
  const sim = await openWidget(page, 'Autoscaling');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(readout(sim, 'Instances')).not.toHaveText('—');
  expect(await violations(page)).toEqual([]);

  await page.getByRole('link', { name: /^Next/ }).first().click();
  await expect(page).not.toHaveURL(/\/autoscaling\/$/);
  await expect(page.locator('h1')).not.toHaveText(/autoscal/i);
  expect(await violations(page)).toEqual([]);
});

test('CSP: a quiz question answered and checked with no violation', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/quiz/');
  await hydrated(page);
  await page.getByRole('button', { name: /Start the quiz|Take the quiz again/ }).click();
  const question = page.locator('[data-question]');
  await expect(question).toBeVisible();
  // Any answer will do: what matters is that the quiz runs, not the score.
  const choice = question.locator('input[type="radio"], input[type="checkbox"]').first();
  if (await choice.count()) await choice.check();
  else await question.getByLabel('Your answer').fill('1');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('the not-found page', () => {
  test.use({ allowConsole: [/status of 404/] });
  test('CSP: sent with the site 404 page too', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-.*; frame-ancestors 'none'$/);
    await hydrated(page);
    expect(await violations(page)).toEqual([]);
  });
});

test('CSP: the home page links to the first lesson under the same policy', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.locator(`a[href="${firstLesson}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${firstLesson}$`));
  expect(await violations(page)).toEqual([]);
});
