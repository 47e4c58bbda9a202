import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeScan, hydrated } from './fixtures';
import { playgroundReady, readout, setNumber, waitForEnd } from './sim-helpers';
import { formatLatency, formatMoney, formatNumber, formatPercent } from '../lib/format';

/**
 * The playground you can drive and watch (settings beside the results, a compact bar on a phone)
 * and the runs you can take away (scenario JSON the CLI replays, samples as CSV).
 */

const run = promisify(execFile);

async function open(page: Page, query = '') {
  await page.goto(`/playground/${query}`);
  await hydrated(page);
  await playgroundReady(page);
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a slider, the fleet view and the charts are on screen together, wherever the settings are scrolled', async ({ page }) => {
    await open(page);
    const main = page.locator('main');
    const results = main.getByRole('region', { name: 'Results of Configuration' });
    const fleet = results.locator('[data-fleet-view]');
    const firstChart = results.locator('figure:not([data-fleet-view])').first();
    const instances = results.locator('figure:not([data-fleet-view])').filter({ hasText: 'Instances' });
    // The first slider and the last of the main ones, scrolled to as a reader scrolls (just into
    // view): the readouts and the first chart stay beside both.
    for (const name of ['Request rate', 'Memory']) {
      const slider = main.getByLabel(name, { exact: true });
      await slider.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      await expect(slider).toBeInViewport({ ratio: 1 });
      await expect(readout(results, 'Cold starts')).toBeInViewport({ ratio: 1 });
      await expect(fleet).toBeInViewport({ ratio: 1 });
      await expect(main.getByRole('button', { name: 'Play' })).toBeInViewport();
    }
    // Once the page is scrolled past the introduction, the first chart is in view too.
    await expect(firstChart).toBeInViewport({ ratio: 1 });
    // And the effect shows while the slider is in reach: move it, play, the chart draws.
    const before = await instances.locator('path').evaluateAll((els) => els.map((e) => e.getAttribute('d')).join('|'));
    await main.getByLabel('Memory', { exact: true }).press('ArrowRight');
    await main.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => instances.locator('path').evaluateAll((els) => els.map((e) => e.getAttribute('d')).join('|'))).not.toBe(before);
  });

  test('compare: both sides on the same axes, and B against A in words', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, '?compare=1&b.minInstances=10&b.keepAlive=30');
    const main = page.locator('main');
    const words = main.getByRole('region', { name: 'B against A' });
    await expect(words).toContainText('once both have had requests');
    await main.getByRole('button', { name: 'Play' }).click();
    await waitForEnd(main);
    const a = main.getByRole('region', { name: 'Results of Configuration A' });
    const b = main.getByRole('region', { name: 'Results of Configuration B' });
    const ticks = (side: Locator, title: string) =>
      side.locator('figure:not([data-fleet-view])').filter({ hasText: title }).locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
    for (const title of ['Instances', 'Latency per interval', 'Cost so far']) {
      // Charts draw once they come near the screen (charts.tsx): scroll to them as a reader would.
      await a.locator('figure:not([data-fleet-view])').filter({ hasText: title }).scrollIntoViewIfNeeded();
      await expect.poll(() => ticks(a, title).then((t) => t.length), title).toBeGreaterThan(1);
      await expect.poll(() => ticks(b, title).then((t) => t.length), title).toBeGreaterThan(1);
      const ta = await ticks(a, title);
      expect(ta.length, title).toBeGreaterThan(1);
      expect(await ticks(b, title), title).toEqual(ta);
    }
    // Ten warm instances: B has fewer cold starts, by the difference of the two readouts.
    const pct = async (side: Locator) => parseFloat((await readout(side, 'Cold starts').textContent())?.replace('<', '') ?? '');
    const [ca, cb] = [await pct(a), await pct(b)];
    expect(cb).toBeLessThan(ca);
    await expect(words.getByRole('listitem').first()).toHaveText(/^B has [\d.]+ points fewer cold starts \(.+ against .+\) · better: B$/);
    await expect(words.getByRole('listitem')).toHaveCount(4);
    // Hovered, Play keeps its contrast (it used to fade to opacity 0.9 and fail axe).
    await main.getByRole('button', { name: /^(Play|Replay|Pause)/ }).first().hover();
    expect(await axeScan(page)).toEqual([]);
  });
});

test('on a phone the compact Play/Speed/clock bar stays on screen while the results scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const main = page.locator('main');
  const bar = main.locator('[data-transport-compact]');
  // Compact: one row, not the whole transport.
  expect((await bar.boundingBox())?.height ?? 999).toBeLessThanOrEqual(64);
  for (const target of [main.getByRole('heading', { name: 'Results' }), main.getByRole('figure').filter({ hasText: 'Cost so far' }), main.getByRole('button', { name: 'Download scenario (JSON)' })]) {
    await target.scrollIntoViewIfNeeded();
    await expect(target).toBeInViewport();
    await expect(bar.getByRole('button', { name: 'Play' })).toBeInViewport({ ratio: 1 });
    await expect(bar.getByLabel('Speed')).toBeInViewport({ ratio: 1 });
    await expect(bar.getByText(/\d+:\d\d \/ \d+:\d\d/)).toBeInViewport({ ratio: 1 });
  }
  await bar.getByRole('button', { name: 'Play' }).click();
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeInViewport();
  await bar.getByRole('button', { name: 'Pause' }).click();
  await page.mouse.move(0, 0);
  expect(await axeScan(page)).toEqual([]);
});

/** The page's readouts and what the CLI printed for the downloaded scenario, formatted alike. */
async function readouts(side: Locator) {
  return Object.fromEntries(await Promise.all(['Cold starts', 'p99 latency', 'Cost', 'Rejected', 'Queued'].map(async (n) => [n, await readout(side, n).textContent()] as const)));
}
interface CliSummary {
  seed: number;
  coldStartFraction: number;
  rejectionFraction: number;
  queued: number;
  latency: { p99: number };
  cost: { payPerUse: number };
}
const asShown = (s: CliSummary) => ({
  'Cold starts': formatPercent(s.coldStartFraction),
  'p99 latency': formatLatency(s.latency.p99),
  Cost: formatMoney(s.cost.payPerUse),
  Rejected: formatPercent(s.rejectionFraction),
  Queued: formatNumber(s.queued),
});

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('both configurations download as a scenario the CLI replays to the same figures, slider moves included, and as CSV', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?platform=cloud-run&pattern=spike&rate=3&keepAlive=45&seed=90210&compare=1&b.platform=aws-lambda&b.rate=3&b.keepAlive=20');
  const main = page.locator('main');
  const a = main.getByRole('region', { name: 'Results of Configuration A' });
  const b = main.getByRole('region', { name: 'Results of Configuration B' });
  await expect(b.getByRole('button', { name: 'Download samples (CSV)' })).toBeDisabled();
  // Part of the way, then a slider moved mid-run in each: the files must carry those changes.
  await main.getByRole('button', { name: 'Step' }).click();
  await setNumber(main.getByRole('group', { name: 'Configuration A' }), 'Keep-alive', '5');
  await setNumber(main.getByRole('group', { name: 'Configuration B' }), 'Request rate', '6');
  await main.getByRole('button', { name: 'Play' }).click();
  await waitForEnd(main);

  for (const [side, letter] of [[a, 'a'], [b, 'b']] as const) {
    const json = await download(page, side.getByRole('button', { name: 'Download scenario (JSON)' }));
    expect(json.name).toBe(`scale-to-zero-${letter === 'a' ? 'cloud-run' : 'aws-lambda'}-seed-90210-${letter}.json`);
    const scenario = JSON.parse(json.text);
    expect(scenario.changes, 'the mid-run slider move').toHaveLength(1);
    const path = info.outputPath(json.name);
    await import('node:fs').then((fs) => fs.writeFileSync(path, json.text));
    const { stdout } = await run('npx', ['tsx', 'simulations/cli.ts', path], { cwd: process.cwd() });
    const out = JSON.parse(stdout) as CliSummary;
    expect(out.seed).toBe(90210);
    expect(await readouts(side)).toEqual(asShown(out));

    const csv = await download(page, side.getByRole('button', { name: 'Download samples (CSV)' }));
    expect(csv.name).toBe(json.name.replace(/json$/, 'csv'));
    const lines = csv.text.trimEnd().split('\n');
    const header = (lines[0] ?? '').split(',');
    expect(header[0]).toBe('t (s)');
    expect(header).toContain('cost (USD so far)');
    // A 30-minute run sampled every 10 s: every sample, the last at the end with the whole bill.
    expect(lines).toHaveLength(1 + 1800 / 10);
    const last = (lines[lines.length - 1] ?? '').split(',');
    expect(Number(last[0])).toBe(1800);
    // The same bill, added up in another order (samples fold it as they go): equal to 12 decimals.
    expect(Number(last[header.indexOf("cost (USD so far)")])).toBeCloseTo(out.cost.payPerUse, 12);
  }
});

test('downloads work by keyboard, after the results in the tab order', async ({ page }) => {
  await open(page);
  const main = page.locator('main');
  await main.getByRole('button', { name: 'Show data' }).focus();
  await page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: 'Download scenario (JSON)' })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/^scale-to-zero-aws-lambda-seed-\d+\.json$/);
  // No samples before the run: the CSV button is disabled, so Tab goes past it.
  await page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: 'Download samples (CSV)' })).not.toBeFocused();
});
