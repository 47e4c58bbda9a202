import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { fastest, longTasks, observeLongTasks, playgroundReady, readout } from './sim-helpers';

/*
 * An overloaded configuration from a link: one always-on server, 1,000 requests a second, a
 * minute of work each, for a simulated day. The queue grows by ~1,000 entries per simulated
 * second; the engine must keep what it stores bounded and the page must stay responsive.
 */
const link = '/playground/?platform=always-on-vm&fleetSize=1&rate=1000&serviceTime=60&duration=86400';

/** V8 heap in use plus array-buffer backing stores (where typed arrays live), after a full GC. */
async function liveMemoryMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return (u.usedSize + (u.backingStorageSize ?? 0)) / 2 ** 20;
}

/** Simulated seconds shown by the transport clock ("3:05:00 / 24:00:00"). */
async function simulatedSeconds(page: Page): Promise<number> {
  const text = (await page.locator('main').getByText(/\d+:\d\d \/ \d+:\d\d/).first().textContent()) ?? '';
  const clock = /([\d:]+) \//.exec(text)?.[1] ?? '';
  return clock.split(':').reduce((acc, n) => acc * 60 + Number(n), 0);
}

test('an overloaded queue from a link stays bounded in memory and time, and says so', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(link);
  await hydrated(page);
  await playgroundReady(page);
  const main = page.locator('main');
  // The learner is told before pressing Play.
  await expect(main.getByText(/^Overloaded: requests arrive 30,000× faster than one instance can serve them; the queue grows without end\./)).toBeVisible();
  await fastest(main);
  const before = await liveMemoryMB(page);
  await observeLongTasks(page);
  await main.getByRole('button', { name: 'Play' }).click();
  // Ten simulated hours: about 36 million queued requests, 288 MB as one number each.
  await expect.poll(() => simulatedSeconds(page), { timeout: 120_000, intervals: [500] }).toBeGreaterThanOrEqual(36_000);
  const tasks = await longTasks(page);
  await main.getByRole('button', { name: 'Pause' }).click();
  const after = await liveMemoryMB(page);
  const longest = Math.max(0, ...tasks);
  test.info().annotations.push({ type: 'memory (MB)', description: `${before.toFixed(1)} -> ${after.toFixed(1)}` }, { type: 'longest task (ms)', description: String(longest) });
  console.log(`overload: live memory ${before.toFixed(1)} -> ${after.toFixed(1)} MB; longest task ${longest} ms (${tasks.length} over 50 ms)`);
  expect(after - before).toBeLessThan(20);
  expect(longest).toBeLessThanOrEqual(200);
  // The readouts say how deep the queue is and how long its oldest request has waited.
  expect(Number((await readout(main, 'Queued').textContent())?.replace(/,/g, ''))).toBeGreaterThan(30_000_000);
  await expect(main.getByText(/^oldest waiting \d+ h/)).toBeVisible();
});
