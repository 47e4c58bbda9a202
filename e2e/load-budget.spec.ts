import type { CDPSession, Locator, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { chartsWarm, openWidget, playgroundReady } from './sim-helpers';

/*
 * The load budget on a phone (issue 14): at 4× CPU slowdown, opening the playground or a widget
 * lesson, scrolling to its charts and pressing Play leaves no main-thread task over 200 ms (the
 * chart warm-up included), and Play answers (the next paint after the click) within 100 ms. A shared two-core machine stretches tasks, so by default
 * the limits are a tripwire for regressions (the playground's charts mounting in one commit was a
 * 1.2 s task); E2E_LOAD_TASK_BUDGET_MS=200 E2E_PLAY_RESPONSE_MS=100 ask for the strict check.
 * These run in the smoothness project, one at a time after the rest (playwright.config.ts).
 */
const taskBudget = Number(process.env.E2E_LOAD_TASK_BUDGET_MS ?? 400);
const playBudget = Number(process.env.E2E_PLAY_RESPONSE_MS ?? 300);
const slowdown = 4;

test.describe.configure({ mode: 'serial' });

type Watch = { tasks: number[]; clicks: number[] };

/** Slows the CPU and records every long task and every click's time to next paint from the first byte. */
async function slowPhone(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch = { tasks: [], clicks: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__watch.tasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
    // Event Timing: a click's duration runs from the input to the next paint after its handlers.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') w.__watch.clicks.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  return cdp;
}

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

/** Resolves once every chart in the viewport has drawn (charts mount one per task as they come near). */
async function visibleChartsDrawn(page: Page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-sim-panel] figure:not([data-fleet-view])')]
        .filter((f) => {
          const r = f.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        })
        .every((f) => f.querySelector('.recharts-surface')),
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Lets the chart warm-up run (the scroll to the panel starts it, as a learner's does), then presses
 * Play and waits until the charts in view have redrawn twice with the run's figures.
 */
async function playAndWatch(page: Page, scope: Locator) {
  await chartsWarm(page);
  const redraws = () => page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('redraw ')).length);
  const before = await redraws();
  const shown = await page.evaluate(
    () => [...document.querySelectorAll('[data-sim-panel] figure:not([data-fleet-view])')].filter((f) => f.querySelector('.recharts-surface')).length,
  );
  await scope.getByRole('button', { name: 'Play' }).click();
  await expect(scope.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(redraws, { timeout: 60_000 }).toBeGreaterThanOrEqual(before + 2 * Math.max(1, shown));
}

function report(what: string, w: Watch) {
  const longest = Math.max(0, ...w.tasks);
  const play = Math.max(0, ...w.clicks);
  test.info().annotations.push({ type: 'longest task at 4× (ms)', description: String(longest) }, { type: 'Play to next paint (ms)', description: String(play) });
  console.log(`${what} at ${slowdown}× CPU slowdown: longest task ${longest} ms (${w.tasks.length} over 50 ms: ${w.tasks.join(', ')}), Play to next paint ${play} ms`);
  expect(w.clicks.length, 'the click on Play was timed').toBeLessThanOrEqual(1);
  expect(longest, 'longest main-thread task').toBeLessThanOrEqual(taskBudget);
  expect(play, 'Play to next paint').toBeLessThanOrEqual(playBudget);
}

test('playground at 4× CPU slowdown: loading and pressing Play stay within the load budget', async ({ page }) => {
  test.setTimeout(120_000);
  await slowPhone(page);
  await page.goto('/playground/');
  await hydrated(page);
  await playgroundReady(page);
  // The results, so their charts come near and mount; the transport stays in reach (sticky).
  await page.getByRole('heading', { name: 'Results' }).scrollIntoViewIfNeeded();
  // Beside the settings the results are in view at once: a reader's first scroll of the page is
  // what starts the chart warm-up (chart-warmup.tsx), so scroll a little as one would.
  await page.mouse.wheel(0, 120);
  await visibleChartsDrawn(page);
  await playAndWatch(page, page.locator('main'));
  report('playground', await watched(page));
});

test('a widget lesson at 4× CPU slowdown: loading and pressing Play stay within the load budget', async ({ page }) => {
  test.setTimeout(120_000);
  await slowPhone(page);
  await page.goto('/learn/scaling-seen-live/autoscaling/');
  await hydrated(page);
  const sim = await openWidget(page, 'Autoscaling');
  await visibleChartsDrawn(page);
  await playAndWatch(page, sim);
  report('autoscaling lesson', await watched(page));
});
