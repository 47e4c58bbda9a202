import { test, expect, hydrated } from './fixtures';
import { fastest, liveMemoryMB, overloadLink, playgroundReady, readout, simulatedSeconds } from './sim-helpers';

/*
 * An overloaded configuration from a link (sim-helpers.ts): the queue grows by ~1,000 entries per
 * simulated second; the engine must keep what it stores bounded. Its long tasks are measured in
 * smoothness.spec.ts, on a quiet machine.
 */
test('an overloaded queue from a link is announced, and its memory stays bounded as it plays', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(overloadLink);
  await hydrated(page);
  await playgroundReady(page);
  const main = page.locator('main');
  // The learner is told before pressing Play.
  await expect(main.getByText(/^Overloaded: requests arrive 30,000× faster than one instance can serve them; the queue grows without end\./)).toBeVisible();
  await fastest(main);
  const before = await liveMemoryMB(page);
  await main.getByRole('button', { name: 'Play' }).click();
  // Ten simulated hours: about 36 million queued requests, 288 MB as one number each.
  await expect.poll(() => simulatedSeconds(page), { timeout: 120_000, intervals: [500] }).toBeGreaterThanOrEqual(36_000);
  await main.getByRole('button', { name: 'Pause' }).click();
  const after = await liveMemoryMB(page);
  test.info().annotations.push({ type: 'memory (MB)', description: `${before.toFixed(1)} -> ${after.toFixed(1)}` });
  console.log(`overload: live memory ${before.toFixed(1)} -> ${after.toFixed(1)} MB`);
  expect(after - before).toBeLessThan(20);
  // The readouts say how deep the queue is and how long its oldest request has waited.
  expect(Number((await readout(main, 'Queued').textContent())?.replace(/,/g, ''))).toBeGreaterThan(30_000_000);
  await expect(main.getByText(/^oldest waiting \d+ h/)).toBeVisible();
});
