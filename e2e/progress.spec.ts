import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, axeScan, hydrated } from './fixtures';

const key = 'scale-to-zero:progress';
const at = '2026-11-20T10:00:00.000Z';

/** Module 1 complete, one lesson of module 2 read and its quiz failed, nothing else. */
const saved = {
  version: 2,
  lessons: {
    'what-serverless-is/what-is-serverless-computing': { readAt: at },
    'what-serverless-is/pros-and-cons': { readAt: at },
    'scaling-seen-live/autoscaling': { readAt: at },
  },
  quizzes: {
    'what-serverless-is': { best: 0.9, last: 0.9, passed: true, attempts: 1, at },
    'scaling-seen-live': { best: 0.5, last: 0.5, passed: false, attempts: 2, at },
  },
};

async function seed(page: Page, value: unknown) {
  // Written from a same-origin page with no app code: a page of the course could read (and set
  // aside) the value before the reload that the test is about.
  await page.route('**/seed-storage', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>seed</title>' }));
  await page.goto('/seed-storage');
  await page.evaluate(([k, v]) => localStorage.setItem(k, typeof v === 'string' ? v : JSON.stringify(v)), [key, value] as const);
  await page.goto('/progress/');
  await hydrated(page);
}

/**
 * Resolves once the page's IntersectionObservers have had their first look. The lesson's read
 * sentinel made its observer at hydration; one made now reports in the same round, after it, so
 * a lesson wrongly counted as read on opening would already show.
 */
async function observersReported(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const io = new IntersectionObserver(() => {
          io.disconnect();
          resolve();
        });
        io.observe(document.body);
      }),
  );
}

async function expectTotals(page: Page, lessons: number, quizzes: number, modules: number) {
  const summary = page.getByTestId('progress-summary');
  await expect(summary).toContainText(`Lessons read${lessons} of 11`);
  await expect(summary).toContainText(`Quizzes passed${quizzes} of 4`);
  await expect(summary).toContainText(`Modules complete${modules} of 4`);
}

test('a lesson counts as read when its end comes into view, not when it opens; the home page shows it', async ({ page }) => {
  const lesson = '/learn/what-serverless-is/what-is-serverless-computing/';
  await page.goto(lesson);
  await hydrated(page);
  const mark = page.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /What serverless computing is/ }).getByTestId('lesson-status');
  await observersReported(page);
  await expect(mark).toHaveAttribute('data-read', 'false');
  // Scroll as a reader does, a little at a time. Under load Chromium merges wheel events into bigger
  // jumps, so stop once the takeaways' end is above the bottom of the screen, not at an exact spot.
  const takeaways = page.getByRole('region', { name: 'Key takeaways' });
  const reached = () => takeaways.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight);
  await page.mouse.move(640, 400);
  for (let i = 0; i < 200 && !(await reached()); i++) {
    if (i === 3) await expect(mark).toHaveAttribute('data-read', 'false');
    await page.mouse.wheel(0, 200);
  }
  expect(await reached()).toBe(true);
  await expect(mark).toHaveAttribute('data-read', 'true');
  await expect(mark).toContainText('(read)');

  await page.goto('/');
  await hydrated(page);
  const home = page.getByRole('link', { name: /What serverless computing is/ }).getByTestId('lesson-status');
  await expect(home).toHaveAttribute('data-read', 'true');
  await expect(page.getByTestId('module-progress').first()).toHaveText('1 of 2 read');
  await expect(page.getByRole('link', { name: /Pros and cons/ }).getByTestId('lesson-status')).toHaveAttribute('data-read', 'false');
});

test('a reader who jumps straight to the end of a lesson (End key) has read it', async ({ page }) => {
  await page.goto('/learn/what-serverless-is/pros-and-cons/');
  await hydrated(page);
  const mark = page.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /Pros and cons/ }).getByTestId('lesson-status');
  await observersReported(page);
  await expect(mark).toHaveAttribute('data-read', 'false');
  // Widgets near the end mount as the page scrolls there and may push the footer down once, as a
  // reader pressing End would see; End again reaches the new end, as the reader would press it again.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(page.getByRole('contentinfo')).toBeInViewport({ timeout: 1_500 });
  }).toPass({ timeout: 15_000 });
  await expect(mark).toHaveAttribute('data-read', 'true');
});

test('the progress page shows read lessons, quiz best scores and completed modules', async ({ page }) => {
  await seed(page, saved);
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expectTotals(page, 3, 1, 1);
  const first = page.getByRole('region', { name: /What serverless is/ });
  await expect(first.getByTestId('module-progress')).toHaveText('Complete');
  await expect(first.getByTestId('quiz-record')).toContainText('Best 90 % · passed · last 90 % · 1 attempt');
  const second = page.getByRole('region', { name: /Scaling, seen live/ });
  await expect(second.getByTestId('module-progress')).toHaveText('1 of 4 read');
  await expect(second.getByTestId('quiz-record')).toContainText('Best 50 % · not passed yet');
  await expect(page.getByRole('region', { name: /The Python toolbox/ })).toContainText('Not taken yet');
});

test('export downloads the progress as JSON; importing it in another browser restores everything', async ({ page, browser }) => {
  await seed(page, saved);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^scale-to-zero-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  // Saved as version 2, exported as version 4: the same progress, with no experiments nor exercises yet.
  expect(exported).toEqual({ ...saved, version: 4, experiments: {}, exercises: {} });
  await expect(page.getByRole('status').filter({ hasText: 'Exported 3 lessons read, 2 quiz results' })).toBeVisible();

  // A fresh browser: nothing saved, then the file.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/progress/');
  await hydrated(fresh);
  await expectTotals(fresh, 0, 0, 0);
  const choosing = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Import progress' }).click();
  await (await choosing).setFiles(file);
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported 3 lessons read, 2 quiz results' })).toBeVisible();
  await expectTotals(fresh, 3, 1, 1);
  await fresh.goto('/');
  await hydrated(fresh);
  await expect(fresh.getByRole('link', { name: /Quiz: What serverless is/ }).getByTestId('quiz-status')).toHaveText('Best 90 % · passed');
  await other.close();
});

test('a corrupt progress file shows a notice and leaves progress intact', async ({ page }) => {
  await seed(page, saved);
  const before = await page.evaluate((k) => localStorage.getItem(k), key);
  for (const [name, content] of [
    ['broken.json', '{"version": 2, "lessons": {'],
    ['notes.json', '{"title": "my notes", "items": []}'],
  ] as const) {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress' }).click();
    await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert').filter({ hasText: 'could not be imported' });
    await expect(alert).toContainText(`"${name}" could not be imported.`);
    await expect(alert).toContainText('Your progress has not been changed.');
    await expectTotals(page, 3, 1, 1);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(before);
  }
  expect(await axeScan(page)).toEqual([]);
});

test('reset asks first, and works by keyboard: Escape keeps everything, confirming deletes it', async ({ page }) => {
  await seed(page, saved);
  const reset = page.getByRole('button', { name: 'Reset progress' });
  await reset.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete all your progress?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('3 lessons read, 2 quiz results');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expectTotals(page, 3, 1, 1);

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress was deleted.' })).toBeVisible();
  await expectTotals(page, 0, 0, 0);
  await page.reload();
  await hydrated(page);
  await expectTotals(page, 0, 0, 0);
});

test('saved progress that cannot be read is set aside with a notice, and the page still works', async ({ page }) => {
  await seed(page, '{"version": 2, "lessons": [}');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  await expectTotals(page, 0, 0, 0);
  const aside = await page.evaluate((k) => Object.keys(localStorage).filter((name) => name.startsWith(`${k}:unreadable:`)), key);
  expect(aside).toHaveLength(1);
  // The notice names the copy that exists, and offers the data as a file too.
  await expect(notice).toContainText(`kept in this browser under "${aside[0]}"`);
  await expect(notice.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('unreadable progress too big to copy aside is left untouched, offered as a file, progress lives for the visit, and once downloaded it can be deleted', async ({ page }) => {
  // About 5 million characters fit per site: a 3.1 MB value leaves no room for its copy.
  const corrupt = `{"version": 2, "lessons": [${'x'.repeat(3_100_000)}`;
  await seed(page, corrupt);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('too full to set a copy aside, so it was left as it was');
  await expect(notice).not.toContainText('kept in this browser under');
  const stored = () => page.evaluate((k) => ({ keys: Object.keys(localStorage), same: localStorage.getItem(k) === `{"version": 2, "lessons": [${'x'.repeat(3_100_000)}` }), key);
  expect(await stored()).toEqual({ keys: [key], same: true });

  await expect(notice.getByRole('button', { name: 'Delete it from this browser' })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^scale-to-zero-unreadable-progress-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(fs.readFileSync(await download.path(), 'utf8') === corrupt).toBe(true);

  // A write (an import) shows in the page but leaves storage as it was.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await choosing).setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expectTotals(page, 3, 1, 1);
  expect(await stored()).toEqual({ keys: [key], same: true });
  expect(await axeScan(page)).toEqual([]);

  // With the file saved, the learner may delete the data here; what they did meanwhile is saved.
  await notice.getByRole('button', { name: 'Delete it from this browser' }).click();
  await expect(notice).toBeHidden();
  expect(await stored()).toEqual({ keys: [key], same: false });
  await page.reload();
  await hydrated(page);
  await expectTotals(page, 3, 1, 1);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the progress page in ${theme} mode, dialog open or closed`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('scale-to-zero:theme', t), theme);
    await seed(page, saved);
    if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/dark/);
    else await expect(page.locator('html')).not.toHaveClass(/dark/);
    expect(await axeScan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeScan(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the progress page fits the screen', async ({ page }) => {
    await seed(page, saved);
    await expectTotals(page, 3, 1, 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
