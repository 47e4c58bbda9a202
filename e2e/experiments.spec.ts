import { test, expect, hydrated, axeScan } from './fixtures';
import { readout } from './sim-helpers';

const lesson = '/learn/scaling-seen-live/scale-to-zero/';

/** An experiment on the page, by the start of its question. */
function experiment(page: import('@playwright/test').Page, question: RegExp) {
  return page.getByRole('region', { name: question });
}

// Reduced motion: a run jumps to its end, so a test needs no minute of simulated playing.
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('an experiment answered wrong, then another answered right, each decided by the learner\'s own run', async ({ page }) => {
  await page.goto(lesson);
  await hydrated(page);

  const short = experiment(page, /If Keep-alive drops from 2 minutes to 10 seconds/);
  await short.scrollIntoViewIfNeeded();
  // Nothing to run until the prediction is locked in.
  await expect(short.getByRole('button', { name: 'Run it' })).toHaveCount(0);
  await short.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(short.getByText('Choose one of the answers first.')).toBeVisible();
  await short.getByRole('radio', { name: /They stay about the same/ }).check();
  await short.getByRole('button', { name: 'Lock in my prediction' }).click();
  await expect(short.getByRole('radio', { name: /They stay about the same/ })).toBeDisabled();
  await expect(short.getByRole('radio', { name: /They stay about the same/ })).toBeChecked();

  await short.getByRole('button', { name: 'Run it' }).click();
  const result = short.locator('[data-result]');
  await expect(result).toHaveAttribute('data-result', 'wrong', { timeout: 20_000 });
  // The figures quoted are the run's: the panel's Cold starts readout shows the same "after".
  const text = (await result.textContent()) ?? '';
  const figures = /cold starts went from (\d+(?:\.\d)?%) to (\d+(?:\.\d)?%)/i.exec(text);
  expect(figures, text).not.toBeNull();
  await expect(readout(short, 'Cold starts')).toHaveText(figures?.[2] ?? '');
  expect(parseFloat(figures?.[2] ?? '0')).toBeGreaterThan(parseFloat(figures?.[1] ?? '0') + 2);
  await expect(result).toContainText('The run fits “They go up');
  await expect(short.getByLabel('Keep-alive value', { exact: true })).toHaveValue('10');

  const off = experiment(page, /Min instances from 1 to 0/);
  await off.scrollIntoViewIfNeeded();
  await off.getByRole('radio', { name: /It falls to a small part/ }).check();
  await off.getByRole('button', { name: 'Lock in my prediction' }).click();
  await off.getByRole('button', { name: 'Run it' }).click();
  await expect(off.locator('[data-result]')).toHaveAttribute('data-result', 'right', { timeout: 20_000 });
  await expect(off.locator('[data-result]')).toContainText(/Cost went from \$[\d.]+ to \$[\d.]+/);
  expect(await axeScan(page)).toEqual([]);

  // Both survive a reload, still locked, and count on the progress page.
  await page.reload();
  await hydrated(page);
  await expect(short.locator('[data-result]')).toHaveAttribute('data-result', 'wrong');
  await expect(short.getByRole('radio', { name: /They stay about the same/ })).toBeChecked();
  await expect(short.getByRole('button', { name: 'Lock in my prediction' })).toHaveCount(0);
  await expect(off.locator('[data-result]')).toHaveAttribute('data-result', 'right');

  await page.goto('/progress/');
  await hydrated(page);
  await expect(page.getByText(/Experiments:? 2 of \d+/).first()).toBeVisible();
});

test('a run that is not the experiment does not decide it', async ({ page }) => {
  await page.goto(lesson);
  await hydrated(page);
  const short = experiment(page, /If Keep-alive drops from 2 minutes to 10 seconds/);
  await short.scrollIntoViewIfNeeded();
  await short.getByRole('radio', { name: /They go up/ }).check();
  await short.getByRole('button', { name: 'Lock in my prediction' }).click();
  // Playing the preset as it is gives the "before", not a verdict.
  await short.getByRole('button', { name: 'Play' }).click();
  await expect(short.getByRole('status').filter({ hasText: /preset's own settings/ })).toBeVisible({ timeout: 20_000 });
  await expect(short.locator('[data-result]')).toHaveCount(0);
});

test('an experiment by keyboard alone, with the result announced', async ({ page }) => {
  await page.goto('/learn/scaling-seen-live/cold-starts/');
  await hydrated(page);
  const heavy = experiment(page, /Trim the dependencies/);
  await heavy.scrollIntoViewIfNeeded();
  const first = heavy.getByRole('radio', { name: /It falls a long way/ });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(heavy.getByRole('radio', { name: /It barely moves/ })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(heavy.getByRole('button', { name: 'Lock in my prediction' })).toBeFocused();
  await page.keyboard.press('Enter');
  const runIt = heavy.getByRole('button', { name: 'Run it' });
  await runIt.focus();
  await page.keyboard.press('Enter');
  const status = heavy.getByRole('status').filter({ has: page.locator('[data-result]') });
  await expect(status).toContainText('Your prediction held.', { timeout: 20_000 });
  await expect(status).toContainText(/p99 latency went from [\d.]+ s to \d+ ms/);
});
