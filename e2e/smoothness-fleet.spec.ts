import { test, expect, hydrated } from './fixtures';
import { chartsWarm, dragSlider, fastest, longTaskBudget, longTasks, observeLongTasks, playgroundReady } from './sim-helpers';

/*
 * Smoothness with the fleet view on screen and drawing: the longest main-thread task while a run
 * plays at the fastest speed and a slider is dragged, in the smoothness project (after the rest,
 * one at a time). A simulated day of 100 requests a second at half a second each keeps about 80
 * instances, one cell each, and dragging the rate sends the view across its switch to totals.
 */
test.describe.configure({ mode: 'serial' });
// Tall enough that the fleet view, the charts and the slider are all on screen at once.
test.use({ viewport: { width: 1280, height: 1500 } });

const fleetDraws = () => performance.getEntriesByName('fleet draw').map((e) => e.duration);

test('playground with its fleet view: no task over 50 ms while playing at the fastest speed and dragging a slider', async ({ page }) => {
  await page.goto('/playground/?duration=86400&rate=100&serviceTime=0.5');
  await hydrated(page);
  await playgroundReady(page);
  const sim = page.locator('main');
  const slider = sim.getByLabel('Request rate', { exact: true });
  await slider.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(sim.locator('figure[data-fleet-view]')).toBeInViewport();
  await expect(slider).toBeInViewport();
  await fastest(sim);
  await chartsWarm(page);
  const before = (await page.evaluate(fleetDraws)).length;
  await observeLongTasks(page);
  await sim.getByRole('button', { name: 'Play' }).click();
  await dragSlider(page, slider, 3000);
  const tasks = await longTasks(page);
  const draws = (await page.evaluate(fleetDraws)).slice(before);
  const max = Math.max(0, ...tasks);
  const longestDraw = Math.max(0, ...draws);
  test.info().annotations.push({ type: 'longest task (ms)', description: String(max) }, { type: 'fleet draws', description: `${draws.length}, longest ${longestDraw.toFixed(1)} ms` });
  console.log(`playground + fleet view: longest task ${max} ms (${tasks.length} over 50 ms); fleet view drew ${draws.length} frames, longest ${longestDraw.toFixed(1)} ms`);
  // The view kept drawing through the drag (about 30 drawings a second, fewer when frames are
  // full), and no drawing of its own came near a long task.
  expect(draws.length).toBeGreaterThanOrEqual(30);
  expect(longestDraw).toBeLessThan(50);
  expect(max).toBeLessThanOrEqual(longTaskBudget);
});
