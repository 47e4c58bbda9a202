import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { axeWidgets, fastest, openWidget, playgroundReady, waitForEnd } from './sim-helpers';

/*
 * The fleet view: one cell per instance above the charts, and a polite text alternative that
 * says the counts by state and what happened since it last spoke. Asserted on that text.
 */

/** Records every text the fleet view's live region takes, with the time it took it. */
async function recordFleetText(page: Page) {
  await page.evaluate(() => {
    const el = document.querySelector('[data-fleet-text]');
    const w = window as unknown as { __fleet: { at: number; text: string }[] };
    w.__fleet = [{ at: performance.now(), text: el?.textContent ?? '' }];
    if (el) new MutationObserver(() => w.__fleet.push({ at: performance.now(), text: el.textContent ?? '' })).observe(el, { childList: true, characterData: true, subtree: true });
  });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __fleet: { at: number; text: string }[] }).__fleet);

const total = (texts: string[], what: RegExp) => texts.reduce((n, t) => n + Number(what.exec(t)?.[1] ?? 0), 0);

test('Scale to zero: the fleet view says instances start, serve, idle and shut down, back to none', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  const view = sim.locator('figure[data-fleet-view]');
  await expect(view.getByText('Instances, one square each')).toBeVisible();
  await expect(view.getByRole('listitem').filter({ hasText: 'provisioned' })).toBeVisible();
  const text = sim.locator('[data-fleet-text]');
  await expect(text).toHaveText('0 instances: 0 starting, 0 busy, 0 idle; 0 requests waiting; 0 turned away.');
  await recordFleetText(page);
  await fastest(sim);
  await sim.getByRole('button', { name: 'Play' }).click();
  await waitForEnd(sim);
  // Bursts a minute long, four silent minutes, a two-minute keep-alive: by the end of the hour
  // every instance has shut down.
  await expect(text).toHaveText(/^0 instances: 0 starting, 0 busy, 0 idle; 0 requests waiting; 0 turned away\. Since \d+:\d\d: .*shut down\.$/);
  const texts = (await recorded(page)).map((r) => r.text);
  expect(total(texts, /(\d+) instances? started cold/)).toBeGreaterThan(0);
  expect(total(texts, /(\d+) became busy/)).toBeGreaterThan(0);
  expect(total(texts, /(\d+) went idle/)).toBeGreaterThan(0);
  expect(total(texts, /(\d+) shut down/)).toBe(total(texts, /(\d+) instances? started cold/));
  expect(await axeWidgets(page)).toEqual([]);
});

test('the text alternative speaks at most every two seconds while a run plays', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  await recordFleetText(page);
  // 600× for an hour of simulated time: six seconds of playing at least.
  await sim.getByLabel('Speed', { exact: true }).selectOption({ label: '600×' });
  await sim.getByRole('button', { name: 'Play' }).click();
  await waitForEnd(sim);
  const log = await recorded(page);
  // Drop the first (before Play) and the last (the end, said at once).
  const playing = log.slice(1, -1);
  expect(playing.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < playing.length; i++) expect((playing[i]?.at ?? 0) - (playing[i - 1]?.at ?? 0)).toBeGreaterThan(1900);
});

test('with reduced motion the fleet view shows the finished run at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/learn/what-serverless-is/what-is-serverless-computing/');
  await hydrated(page);
  const sim = await openWidget(page, 'Scale to zero');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(sim.locator('[data-fleet-text]')).toHaveText(/^0 instances: .* Since \d+:\d\d: \d+ instances? started cold, .*shut down\.$/, { timeout: 5_000 });
});

test('playground: each compared configuration has its fleet view; a big fleet is drawn as totals', async ({ page }) => {
  await page.goto('/playground/?rate=5&compare=1&b.rate=2000&b.serviceTime=1');
  await hydrated(page);
  await playgroundReady(page);
  const views = page.locator('figure[data-fleet-view]');
  await expect(views).toHaveCount(2);
  await page.locator('main').getByRole('button', { name: 'Step' }).click();
  // A thousand busy instances: a bar per state, and the caption says so.
  await expect(views.nth(1)).toHaveAttribute('data-fleet-view', 'totals');
  await expect(views.nth(1).getByText('Instances: over 100, shown as totals')).toBeVisible();
  await expect(views.nth(1).locator('[data-fleet-text]')).toHaveText(/^[\d,]{4,} instances: \d+ starting, [\d,]{3,} busy/);
  await expect(views.nth(0)).toHaveAttribute('data-fleet-view', 'cells');
  await expect(views.nth(0).locator('[data-fleet-text]')).toHaveText(/^\d instances?: /);
});
