import type { Page, Request } from '@playwright/test';
import { test, expect, axeScan, hydrated } from './fixtures';
import fs from 'node:fs';
import path from 'node:path';
import { longTaskBudget, longTasks, observeLongTasks } from './sim-helpers';

// The module's exercises, counted the way progress counts them: one folder each.
const moduleDir = path.join(process.cwd(), 'content/lessons/python-toolbox');
const moduleExercises = fs
  .readdirSync(moduleDir)
  .filter((d) => d.endsWith('.exercises'))
  .reduce((n, d) => n + fs.readdirSync(path.join(moduleDir, d)).length, 0);

/**
 * Python in the browser, offline: every request to another origin is aborted and fails the test,
 * so the runtime, the editor and the checks provably come from the site itself.
 */
const lesson = '/learn/python-toolbox/http-server/';

// One after another in one worker: two cold starts of Python at once on a small machine starve
// each page's main thread, which the long-task tripwire below would blame on the course.
test.describe.configure({ mode: 'default' });
// A trace's DOM snapshot at every action is itself a long task on a page this size (see the
// smoothness project in playwright.config.ts); the long-task tripwire must see only the course's.
test.use({ trace: 'off' });

async function offline(page: Page, baseURL: string | undefined) {
  const foreign: string[] = [];
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  await page.context().route(
    (url) => url.origin !== origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  const python: Request[] = [];
  page.on('request', (r) => {
    if (/\/(pyodide|python|exercises)\//.test(new URL(r.url()).pathname)) python.push(r);
  });
  return { foreign, python };
}

const exercise = (page: Page) => page.locator('[data-python-exercise="http-server/health-check"]');
const editor = (page: Page) => exercise(page).getByRole('textbox', { name: 'Python code: Answer GET /health' });
const result = (page: Page) => exercise(page).locator('[data-result]');

async function openExercise(page: Page) {
  await page.goto(lesson);
  await hydrated(page);
  await exercise(page).scrollIntoViewIfNeeded();
  await expect(editor(page)).toBeVisible();
}

test('a lesson that is only read downloads no Python, and the open exercise passes axe', async ({ page, baseURL }) => {
  const { foreign, python } = await offline(page, baseURL);
  await page.goto(lesson);
  await hydrated(page);
  // Readable before any script: the prompt and the starting code are in the HTML.
  const html = await (await page.request.get(lesson)).text();
  expect(html).toContain('class Handler(BaseHTTPRequestHandler)');
  // The solution and checks are fetched on the first Run, never shipped with the page.
  expect(html).not.toContain('should send the body ok');
  expect(html).not.toMatch(/\\?"solution\\?"\s*:/);
  await exercise(page).scrollIntoViewIfNeeded();
  await expect(editor(page)).toBeVisible();
  await page.keyboard.press('End');
  await page.waitForLoadState('networkidle');
  expect(python.map((r) => r.url())).toEqual([]);
  expect(await axeScan(page)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('keyboard to Run, a failed check, the solution passing, an endless loop stopped, code kept over a reload', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const { foreign, python } = await offline(page, baseURL);
  await openExercise(page);

  // Keyboard only: Tab into the editor, type, leave with Escape then Tab, which lands on Run.
  await exercise(page).getByRole('heading').evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  for (let i = 0; i < 10 && !(await editor(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('print("hello from main")');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  const run = exercise(page).getByRole('button', { name: /^▶?\s*Run$/ });
  await expect(run).toBeFocused();
  // From here to the end of the endless loop, loading and running included, the page's thread
  // never blocks for long: Python compiles and runs in the worker.
  await observeLongTasks(page);
  const cold = Date.now();
  await page.keyboard.press('Enter');
  const output = exercise(page).locator('[data-output]');
  await expect(output).toContainText('hello from main', { timeout: 60_000 });
  const coldSeconds = (Date.now() - cold) / 1000;
  // The starting code answers 404 everywhere: the named check says what was expected and what came.
  await expect(result(page)).toContainText("GET /health should answer 200; yours answered 404 Not Found.");
  await expect(result(page).getByRole('listitem')).toHaveCount(2);
  const runtimeBytes = await transferred(python.filter((r) => r.url().includes('/pyodide/')));

  // Show solution appears after a first Run; put it in the editor and run it.
  await exercise(page).getByRole('button', { name: 'Show solution' }).click();
  await exercise(page).getByRole('button', { name: 'Put it in the editor' }).click();
  const warm = Date.now();
  await run.click();
  await expect(result(page)).toContainText('All 4 checks passed.');
  const warmSeconds = (Date.now() - warm) / 1000;
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('scale-to-zero:progress') ?? '{}'));
  expect(saved.version).toBe(4);
  expect(Object.keys(saved.exercises)).toEqual(['http-server/health-check']);

  // An endless loop is stopped at the time limit and the page keeps responding meanwhile.
  await editor(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('while True:\n');
  await page.keyboard.type('pass');
  await run.click();
  await expect(exercise(page).getByRole('alert')).toContainText('Stopped after 5 s: your code was still running', { timeout: 20_000 });
  const tasks = await longTasks(page);
  expect(Math.max(0, ...tasks), `long tasks (ms): ${tasks.join(', ')}`).toBeLessThanOrEqual(longTaskBudget);

  // The code is kept per exercise and survives a reload.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('scale-to-zero:code:http-server/health-check'))).toContain('while True');
  await openExercise(page);
  await expect(editor(page)).toContainText('while True:');
  await expect(editor(page)).toContainText('pass');
  // The pass is counted for the module.
  await page.goto('/progress/');
  await expect(page.getByRole('region', { name: /The Python toolbox/ }).getByTestId('module-exercises')).toHaveText(`Exercises: 1 of ${moduleExercises}`);
  expect(foreign).toEqual([]);

  const report = `Python runtime over the network on first Run: ${(runtimeBytes / 1e6).toFixed(2)} MB; Run to first output: cold ${coldSeconds.toFixed(1)} s, warm Run to result ${warmSeconds.toFixed(2)} s; longest main-thread task from first Run to the stopped loop ${Math.max(0, ...tasks)} ms`;
  test.info().annotations.push({ type: 'python', description: report });
  console.log(report);
});

test('input() says it is not available, pointing at the line that called it; stderr is marked; Reset asks first; a damaged saved value falls back to the starting code', async ({ page, baseURL }) => {
  await offline(page, baseURL);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('scale-to-zero:code:http-server/health-check', '{not json'));
  await openExercise(page);
  await expect(editor(page)).toContainText('Answer 200 "ok" on /health, 404 elsewhere.');
  await editor(page).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('import sys\nprint("careful", file=sys.stderr)\nname = input("Your name? ")\n');
  await page.keyboard.press('Control+Enter');
  await expect(result(page)).toContainText('input() is not available here', { timeout: 60_000 });
  await expect(result(page)).toContainText('File "main.py", line 3');
  await exercise(page).getByRole('button', { name: 'Go to line 3' }).click();
  await expect(editor(page)).toBeFocused();
  // Error output is marked in words, not only by colour.
  await expect(exercise(page).locator('[data-stream="stderr"]')).toHaveText('Error output: careful');

  // Reset asks first; Cancel keeps the learner's code, confirming puts the starting code back.
  const reset = exercise(page).getByRole('button', { name: 'Reset' });
  await reset.click();
  const dialog = page.getByRole('dialog', { name: 'Reset to the starting code?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor(page)).toContainText('careful');
  await reset.click();
  await dialog.getByRole('button', { name: 'Reset the code' }).click();
  await expect(editor(page)).toContainText('Answer 200 "ok" on /health, 404 elsewhere.');
  await expect(editor(page)).not.toContainText('careful');
});

async function transferred(requests: Request[]): Promise<number> {
  let bytes = 0;
  for (const r of requests) bytes += (await r.sizes()).responseBodySize;
  return bytes;
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the runtime is not kept on install, is kept by the first Run, and Run then works offline', async ({ page, context }) => {
    test.setTimeout(180_000);
    await openExercise(page);
    await expect(page.getByRole('contentinfo').locator('[data-offline-state]')).toHaveText('Available offline', { timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const kept = () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat());
    expect((await kept()).filter((p) => p.startsWith('/pyodide/'))).toEqual([]);

    const run = exercise(page).getByRole('button', { name: /^▶?\s*Run$/ });
    await run.click();
    await expect(result(page)).toContainText('Not yet', { timeout: 60_000 });
    expect((await kept()).filter((p) => p.startsWith('/pyodide/')).sort()).toEqual(
      ['pyodide-lock.json', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'pyodide.mjs', 'python_stdlib.zip'].map((f) => expect.stringMatching(new RegExp(`^/pyodide/[^/]+/${f.replace(/\./g, '\\.')}$`))),
    );

    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker()) fromNetwork.push(r.url());
    });
    await openExercise(page);
    await run.click();
    await expect(result(page)).toContainText('Not yet', { timeout: 60_000 });
    expect(fromNetwork).toEqual([]);
  });
});
