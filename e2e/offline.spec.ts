import type { Page } from '@playwright/test';
import { test, expect, axeScan, hydrated } from './fixtures';
import { chartPaths, openWidget, playgroundReady } from './sim-helpers';
import { questions, takeQuiz } from './quiz-helpers';

test.use({ serviceWorkers: 'allow' });

const offlineStatus = (page: Page) => page.getByRole('contentinfo').locator('[data-offline-state]');
const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });

/** The footer says the course is kept and the worker controls this page. */
async function availableOffline(page: Page) {
  await expect(offlineStatus(page)).toHaveText('Available offline', { timeout: 30_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, lessons, a widget, a quiz and the playground work with no network', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await hydrated(page);
  await availableOffline(page);

  await context.setOffline(true);
  // Everything from here on must come from the worker's cache: any response the network gave is a failure.
  const fromNetwork: string[] = [];
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) fromNetwork.push(r.url());
  });
  await expect(offlineStatus(page)).toHaveText(/^Offline: the course works from the copy saved in this browser/);

  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What serverless computing is' })).toBeVisible();
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pros and cons' })).toBeVisible();
  await hydrated(page);

  const sim = await openWidget(page, 'Autoscaling');
  const before = await chartPaths(sim);
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => chartPaths(sim)).not.toBe(before);
  await expect(sim.locator('dd[data-readout="Instances"]')).not.toHaveText('—');
  await sim.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz: What serverless is' })).toBeVisible();
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const total = questions('what-serverless-is').length;
  await takeQuiz(page, 'what-serverless-is', () => true);
  await expect(page.getByTestId('results')).toContainText(`${total} of ${total} correct.`);

  await page.getByRole('banner').getByRole('link', { name: 'Playground' }).first().click();
  await playgroundReady(page);
  const playground = page.locator('main');
  const idle = await chartPaths(playground);
  await playground.getByRole('button', { name: 'Play' }).first().click();
  await expect.poll(() => chartPaths(playground)).not.toBe(idle);

  expect(fromNetwork).toEqual([]);
});

test('a new build waiting in the background offers a reload, which brings it in', async ({ page, context }) => {
  // The first visit gets a worker that differs from the server's sw.js by one comment, as the
  // worker of an older build would (a deploy changes its list of file hashes). Once it is in
  // charge, the server's own sw.js plays the next build.
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// the build before\n` });
  });
  await page.goto('/glossary/');
  await hydrated(page);
  await availableOffline(page);
  await expect(updatePrompt(page)).toHaveCount(0);

  await context.unroute('**/sw.js');
  // What the browser does by itself on a later navigation, or the page after an hour in a tab.
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = updatePrompt(page);
  await expect(prompt).toBeVisible();
  expect(await axeScan(page)).toEqual([]);

  // Not now hides it for this page; the waiting build asks again on the next page load.
  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(prompt).toBeVisible();

  await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
  await prompt.getByRole('button', { name: 'Reload' }).press('Enter');
  // The page reloads itself once the new worker has taken over.
  await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate);
  await hydrated(page);
  await availableOffline(page);
  await expect(prompt).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
});
