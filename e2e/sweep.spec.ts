import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';
import { playgroundReady } from './sim-helpers';

// A short run keeps each sweep a second or two on a busy machine; the sweep itself is what is tested.
const small = '/playground/?platform=aws-lambda&rate=2&duration=600';

async function sweepSection(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await hydrated(page);
  await playgroundReady(page);
  const section = page.getByRole('region', { name: 'Sweep a setting' });
  await section.scrollIntoViewIfNeeded();
  return section;
}

async function setUp(section: Locator, o: { knob: string; from: string; to: string; values: string; seeds: string }) {
  await section.getByLabel('Setting to sweep').selectOption({ label: o.knob });
  await section.getByLabel(/^From/).fill(o.from);
  await section.getByLabel(/^To/).fill(o.to);
  await section.getByLabel(/^Values/).fill(o.values);
  await section.getByLabel(/^Seeds each/).fill(o.seeds);
}

async function tableRows(section: Locator): Promise<number> {
  const toggle = section.getByRole('button', { name: 'Show sweep data' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return section.locator('[data-sweep-table] tbody tr').filter({ hasNot: section.page().getByText('No values yet') }).count();
}

// Its main-thread figure (no task over 50 ms while a sweep runs) is measured on a quiet machine,
// in e2e/smoothness.spec.ts.
test('a sweep draws its points, fills the summary and the table', async ({ page }) => {
  const section = await sweepSection(page, small);
  await setUp(section, { knob: 'Keep-alive (s)', from: '1', to: '600', values: '20', seeds: '2' });
  await section.getByRole('button', { name: 'Run sweep' }).click();
  await expect(section.locator('[data-sweep-progress]')).toHaveText(/^20 of 20 values · done in/, { timeout: 60_000 });
  await expect(section.locator('[data-sweep-summary]')).toContainText('As Keep-alive goes from 1 s to 600 s (20 values, median of 2 seeds each): Cold starts falls from');
  expect(await tableRows(section)).toBe(20);
  // Every chart has its 20 points and the current value marked.
  for (const plot of await section.locator('[data-sweep-plot]').all()) {
    await expect(plot.locator('circle')).toHaveCount(20);
    await expect(plot.getByText(/^now /)).toBeVisible();
  }
  // The sweep went into the link.
  await expect.poll(() => page.url()).toContain('sweep=keepAlive&sweepFrom=1&sweepTo=600&sweepValues=20&sweepSeeds=2');
});

test('a sweep can be cancelled: its workers end at once', async ({ page }) => {
  // A day at 200 req/s per value: far too long to finish before Cancel.
  const section = await sweepSection(page, '/playground/?platform=aws-lambda&rate=200&duration=86400');
  await setUp(section, { knob: 'Keep-alive (s)', from: '1', to: '600', values: '40', seeds: '5' });
  await section.getByRole('button', { name: 'Run sweep' }).click();
  await expect.poll(() => page.workers().length).toBeGreaterThan(0);
  const cancel = section.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeEnabled();
  await cancel.click();
  await expect(section.locator('[data-sweep-progress]')).toHaveText(/^\d+ of 40 values · cancelled$/);
  await expect(cancel).toBeDisabled();
  await expect.poll(() => page.workers().length).toBe(0);
});

test('a link with a sweep runs it; a bad sweep value falls back and says so', async ({ page }) => {
  const section = await sweepSection(page, `${small}&sweep=maxConcurrency&sweepFrom=1&sweepTo=30&sweepValues=20&sweepSeeds=1`);
  await expect(section.getByLabel('Setting to sweep')).toHaveValue('maxConcurrency');
  await expect(section.locator('[data-sweep-summary]')).toContainText('As Max concurrency goes from 1 instances to 30 instances', { timeout: 60_000 });
  await page.goto(`${small}&sweep=keepAlive&sweepValues=lots&sweepSeeds=99`);
  await hydrated(page);
  await playgroundReady(page);
  const notice = page.getByRole('status').filter({ hasText: 'Sweep values' });
  await expect(notice).toContainText('Sweep seeds');
  await expect(page.getByRole('region', { name: 'Sweep a setting' }).getByLabel(/^Seeds each/)).toHaveValue('5');
});

test('keyboard only: choose a setting, run, read the data; axe finds nothing with a sweep shown', async ({ page }) => {
  const section = await sweepSection(page, small);
  const select = section.getByLabel('Setting to sweep');
  await select.focus();
  await expect(select).toBeFocused();
  // Keep-alive is the default; one down is Max concurrency.
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('maxConcurrency');
  await page.keyboard.press('Tab');
  await expect(section.getByLabel(/^From/)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1');
  // Enter in a field submits the form: Run sweep.
  await page.keyboard.press('Enter');
  await expect(section.locator('[data-sweep-summary]')).toContainText('As Max concurrency goes from 2 instances to 40 instances', { timeout: 60_000 });
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Run sweep' })).toBeFocused();
  await page.keyboard.press('Tab');
  // Cancel is disabled once the sweep is done, so focus skips it to the data toggle.
  const toggle = section.getByRole('button', { name: 'Show sweep data' });
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  // Whole instance counts: values that round to the same count are run once.
  const n = Number(/^(\d+) of \1 values/.exec((await section.locator('[data-sweep-progress]').textContent()) ?? '')?.[1]);
  expect(n).toBeGreaterThan(10);
  await expect(section.locator('[data-sweep-table] tbody tr')).toHaveCount(n);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  // The worker's chunk list travels in its URL's #fragment; a response from the offline cache
  // once replaced that URL and the sweep stopped with "Missing worker bootstrap config".
  test('a sweep runs from the offline copy', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto(small);
    await hydrated(page);
    await expect(page.getByRole('contentinfo').locator('[data-offline-state]')).toHaveText('Available offline', { timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await playgroundReady(page);
    await context.setOffline(true);
    const section = page.getByRole('region', { name: 'Sweep a setting' });
    await setUp(section, { knob: 'Keep-alive (s)', from: '1', to: '600', values: '20', seeds: '1' });
    await section.getByRole('button', { name: 'Run sweep' }).click();
    await expect(section.locator('[data-sweep-progress]')).toHaveText(/^20 of 20 values · done in/, { timeout: 60_000 });
  });
});
