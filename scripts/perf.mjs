// `npm run perf`: Lighthouse (default mobile config) over every page of the static export.
// Why: issue 14 ("Fast on a phone") needs figures to argue from, and one Lighthouse run is too
// noisy to compare builds, so each route runs N times and the medians and ranges are kept, with
// the machine's benchmarkIndex beside them (a slow or busy machine shows up there, not as a
// regression). Not part of `npm test`: it takes minutes and its figures depend on the machine.
//
// Options: --runs N (default 5), --routes /,/playground/ (default: every out/**/index.html),
// --build (rebuild even if out/ exists), --compare perf-reports/<earlier>.json.
// CHROME_PATH overrides /usr/bin/chromium.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      routes: { type: 'string' },
      build: { type: 'boolean', default: false },
      compare: { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${error.message}\nUsage: npm run perf -- [--runs N] [--routes /,/playground/] [--build] [--compare perf-reports/<file>.json]`);
}
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of at least 1, not "${opts.runs}".`);
if (opts.compare && !fs.existsSync(opts.compare)) fail(`--compare: no such file ${opts.compare}.`);

const outDir = path.resolve('out');
if (opts.build || !fs.existsSync(path.join(outDir, 'index.html'))) {
  console.log('Building the site (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) fail('npm run build failed; nothing was measured.');
}

const allRoutes = findRoutes(outDir);
// Pages live at /path/ (trailingSlash), so /playground means /playground/.
const routes = opts.routes
  ? opts.routes.split(',').map((r) => r.trim()).filter(Boolean).map((r) => (r.endsWith('/') ? r : `${r}/`))
  : allRoutes;
const unknown = routes.filter((r) => !allRoutes.includes(r));
if (unknown.length) fail(`Not a page of the export: ${unknown.join(', ')} (the pages: ${allRoutes.join(' ')}).`);

// The metrics kept from each run: [label, how to read it from the LHR, how to print it].
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
const metrics = {
  performance: { read: (lhr) => score(lhr, 'performance'), unit: '' },
  tbtMs: { read: (lhr) => lhr.audits['total-blocking-time']?.numericValue, unit: ' ms' },
  lcpMs: { read: (lhr) => lhr.audits['largest-contentful-paint']?.numericValue, unit: ' ms' },
  cls: { read: (lhr) => lhr.audits['cumulative-layout-shift']?.numericValue, unit: '' },
  benchmarkIndex: { read: (lhr) => lhr.environment.benchmarkIndex, unit: '' },
  accessibility: { read: (lhr) => score(lhr, 'accessibility'), unit: '' },
  bestPractices: { read: (lhr) => score(lhr, 'best-practices'), unit: '' },
  seo: { read: (lhr) => score(lhr, 'seo'), unit: '' },
};
// The categories whose spread matters; the others only get a median.
const ranged = ['performance', 'tbtMs', 'lcpMs', 'cls', 'benchmarkIndex'];

const server = await serve();
// A fresh browser for each page, as the Lighthouse CLI starts one per run: one browser kept for
// all 105 runs read /progress/ (20th) at 91-93 with 300 ms of TBT, three passes out of three,
// where a fresh one reads 99 and 0 ms. Lighthouse resets only some of an origin's storage, and
// what carried over was not found (a Playwright replay of the pass, storage kept, shows none).
const launch = () =>
  chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
let chrome;
const report = { date: new Date().toISOString(), runs, lighthouse: '12.2.3', routes: {} };
try {
  for (const route of routes) {
    await chrome?.kill();
    chrome = await launch();
    const samples = [];
    for (let i = 1; i <= runs; i += 1) {
      // A progress line only on a terminal: in a log it would be noise between the tables.
      if (process.stdout.isTTY) process.stdout.write(`\r\x1b[K${route} run ${i}/${runs}…`);
      const result = await lighthouse(`${server.origin}${route}`, {
        port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
      if (result.lhr.runtimeError) throw new Error(`${route}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      samples.push(Object.fromEntries(Object.entries(metrics).map(([key, m]) => [key, m.read(result.lhr) ?? null])));
    }
    if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
    const summary = Object.fromEntries(Object.keys(metrics).map((key) => [key, stats(samples.map((s) => s[key]))]));
    report.routes[route] = { summary, samples };
    printRoute(route, summary);
  }
} finally {
  await chrome?.kill();
  server.child.kill();
}

printSummary(report);
fs.mkdirSync('perf-reports', { recursive: true });
// Colons are not allowed in Windows file names; the ISO time stays sortable without them.
const file = path.join('perf-reports', `${report.date.replaceAll(':', '-')}.json`);
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Report written to ${file}`);
if (opts.compare) compare(JSON.parse(fs.readFileSync(opts.compare, 'utf8')), report, opts.compare);

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Every exported page as a URL path with its trailing slash; error pages are not pages to tune. */
function findRoutes(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { recursive: true })) {
    const rel = String(entry).split(path.sep).join('/');
    if (rel !== 'index.html' && !rel.endsWith('/index.html')) continue;
    const route = `/${rel.slice(0, -'index.html'.length)}`;
    if (/(^|\/)(404|_not-found)\//.test(route) || route.startsWith('/_next/')) continue;
    found.push(route);
  }
  return found.sort();
}

/** scripts/serve.mjs on a free loopback port; resolves once it says where. */
function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /served at (http:\/\/\S+)/.exec(seen);
      if (match) resolve({ child, origin: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code}) before serving`)));
  });
}

function stats(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return { median: null, min: null, max: null };
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
  return { median, min: xs[0], max: xs.at(-1) };
}

function fmt(value, key) {
  if (value === null || value === undefined) return 'n/a';
  const digits = key === 'cls' ? 3 : 0;
  return `${value.toFixed(digits)}${metrics[key]?.unit ?? ''}`;
}

function printRoute(route, summary) {
  console.log(`\n${route}  (${runs} run${runs === 1 ? '' : 's'})`);
  console.table(Object.fromEntries(Object.keys(metrics).map((key) => {
    const s = summary[key];
    return [key, { median: fmt(s.median, key), range: ranged.includes(key) ? `${fmt(s.min, key)} – ${fmt(s.max, key)}` : '' }];
  })));
}

/**
 * One table over every route measured, the one the targets are read from: medians, the
 * performance range, and whether the route meets them (performance 95, the other categories 100,
 * and on /playground/ a total blocking time of 200 ms at most).
 */
function printSummary({ routes: measured }) {
  const rows = Object.entries(measured).map(([route, { summary: s }]) => {
    const perf = s.performance;
    const meets =
      perf.median >= 95 &&
      s.accessibility.median === 100 &&
      s.bestPractices.median === 100 &&
      s.seo.median === 100 &&
      (route !== '/playground/' || s.tbtMs.median <= 200);
    return [route, {
      performance: `${fmt(perf.median, 'performance')} (${fmt(perf.min, 'performance')}–${fmt(perf.max, 'performance')})`,
      TBT: fmt(s.tbtMs.median, 'tbtMs'),
      LCP: fmt(s.lcpMs.median, 'lcpMs'),
      CLS: fmt(s.cls.median, 'cls'),
      'a11y/bp/seo': `${fmt(s.accessibility.median, 'accessibility')}/${fmt(s.bestPractices.median, 'bestPractices')}/${fmt(s.seo.median, 'seo')}`,
      benchmarkIndex: fmt(s.benchmarkIndex.median, 'benchmarkIndex'),
      target: meets ? 'met' : 'MISSED',
    }];
  });
  console.log(`\nAll routes: medians of ${runs} run${runs === 1 ? '' : 's'} (Lighthouse 12.2.3, mobile)`);
  console.table(Object.fromEntries(rows));
  const missed = rows.filter(([, r]) => r.target !== 'met').map(([route]) => route);
  console.log(missed.length ? `Targets missed on ${missed.length} of ${rows.length}: ${missed.join(' ')}` : `Targets met on all ${rows.length} routes.`);
}

function compare(before, after, name) {
  console.log(`\nChange of medians since ${name} (${before.date}):`);
  for (const [route, now] of Object.entries(after.routes)) {
    const then = before.routes?.[route];
    if (!then) {
      console.log(`${route}: not in the earlier report`);
      continue;
    }
    console.log(`\n${route}`);
    console.table(Object.fromEntries(Object.keys(metrics).map((key) => {
      const a = then.summary?.[key]?.median;
      const b = now.summary[key].median;
      const delta = typeof a === 'number' && typeof b === 'number' ? b - a : null;
      const sign = delta !== null && delta > 0 ? '+' : '';
      return [key, { before: fmt(a, key), now: fmt(b, key), change: delta === null ? 'n/a' : `${sign}${fmt(delta, key)}` }];
    })));
  }
}
