/**
 * Runs the lessons' API-calling examples against stand-in APIs served from this process:
 * client.py's retries (calling-apis.mdx), all_issues.py's pagination (calling-apis.mdx) and the
 * api/forecast.py function (git-push-to-production.mdx). Each example is taken from its lesson as
 * written; only module-level settings are pointed at the stand-in (client.API, FORECAST_API_URL).
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTitled } from './python-examples';
import { fakeApi, freePort, lessonsDir, request, runPython, startPython, workspace } from './python-examples-harness';

const callingApis = path.join(lessonsDir, 'python-toolbox', 'calling-apis.mdx');
const gitPush = path.join(lessonsDir, 'shipping-a-function', 'git-push-to-production.mdx');

const { dir: tmp, children, cleanup } = workspace('stz-python-apis-');
const handle: { current: http.RequestListener } = { current: (_req, res) => res.end() };
let api: Awaited<ReturnType<typeof fakeApi>>;

beforeAll(async () => {
  api = await fakeApi(handle);
  fs.writeFileSync(path.join(tmp, 'client.py'), blockTitled(callingApis, 'client.py').code);
  fs.writeFileSync(path.join(tmp, 'all_issues.py'), blockTitled(callingApis, 'all_issues.py').code);
});
afterAll(async () => {
  await api.close();
  cleanup();
});

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

// Calls get_greeting `runs` times with time.sleep recorded instead of slept, and prints, as its
// last line, each run's outcome and the waits it asked for.
const clientDriver = `
import json, sys, time
import requests
import client

client.API = sys.argv[1]
waits = []
time.sleep = waits.append
runs = []
for _ in range(int(sys.argv[2])):
    del waits[:]
    with requests.Session() as session:
        try:
            outcome = client.get_greeting(session, "Ada")
        except requests.RequestException as error:
            outcome = {"error": type(error).__name__, "status": getattr(error.response, "status_code", None)}
    runs.append({"outcome": outcome, "waits": list(waits)})
print(json.dumps(runs))
`;

interface ClientRun {
  outcome: { message?: string; error?: string; status?: number | null };
  waits: number[];
}

async function runClient(runs: number): Promise<ClientRun[]> {
  fs.writeFileSync(path.join(tmp, 'client_driver.py'), clientDriver);
  const result = await runPython(['client_driver.py', `${api.url}/api`, String(runs)], tmp);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as ClientRun[];
}

describe('the retrying client (python-toolbox/calling-apis.mdx, client.py)', () => {
  it('gives up at once, without sleeping, when Retry-After asks for longer than MAX_WAIT', async () => {
    handle.current = (_req, res) => json(res, 429, { error: 'slow down' }, { 'Retry-After': '3600' });
    const before = api.seen.length;
    const [run] = await runClient(1);
    expect(run).toEqual({ outcome: { error: 'HTTPError', status: 429 }, waits: [] });
    expect(api.seen.length - before).toBe(1);
  });

  it('honours a short Retry-After, plus under a second of jitter, then succeeds', async () => {
    let calls = 0;
    handle.current = (_req, res) => {
      calls += 1;
      if (calls === 1) json(res, 429, { error: 'slow down' }, { 'Retry-After': '2' });
      else json(res, 200, { message: 'Hello, Ada!' });
    };
    const [run] = await runClient(1);
    expect(run?.outcome).toEqual({ message: 'Hello, Ada!' });
    expect(run?.waits).toHaveLength(1);
    expect(run?.waits[0]).toBeGreaterThanOrEqual(2);
    expect(run?.waits[0]).toBeLessThan(3);
  });

  it('spreads its backoff randomly under the doubling limit, so clients that failed together do not retry together', async () => {
    handle.current = (_req, res) => json(res, 503, { error: 'unavailable' });
    const runs = await runClient(8);
    for (const run of runs) {
      expect(run.outcome).toEqual({ error: 'HTTPError', status: 503 });
      expect(run.waits).toHaveLength(2);
      expect(run.waits[0]).toBeLessThanOrEqual(2);
      expect(run.waits[1]).toBeLessThanOrEqual(4);
    }
    // Fixed waits (2 s, then 4 s, for every client) would give one distinct value here.
    expect(new Set(runs.map((r) => r.waits[0])).size).toBeGreaterThan(1);
  });
});

describe('following pages (python-toolbox/calling-apis.mdx, all_issues.py)', () => {
  const pages = [[1, 2], [3, 4], [5]];
  beforeAll(() => {
    handle.current = (req, res) => {
      const page = Number(new URL(req.url ?? '/', api.url).searchParams.get('page') ?? '1');
      const next = page < pages.length ? { Link: `<${api.url}/items?page=${page + 1}&state=open>; rel="next"` } : undefined;
      json(res, 200, pages[page - 1] ?? [], next);
    };
  });

  const fetchAll = (maxPages: number) =>
    runPython(
      ['-c', `import json, sys, requests, all_issues\nprint(json.dumps(all_issues.fetch_all(requests.Session(), sys.argv[1], {"state": "open"}, ${maxPages})))`, `${api.url}/items`],
      tmp,
    );

  it('collects every page by following Link: rel="next", sending its own query only on the first request', async () => {
    const before = api.seen.length;
    const result = await fetchAll(10);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([1, 2, 3, 4, 5]);
    expect(api.seen.slice(before).map((r) => r.url)).toEqual(['/items?state=open', '/items?page=2&state=open', '/items?page=3&state=open']);
  });

  it('stops with a clear error instead of fetching more than max_pages', async () => {
    const result = await fetchAll(2);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('RuntimeError: more than 2 pages');
  });
});

describe('the forecast function (shipping-a-function/git-push-to-production.mdx, api/forecast.py)', () => {
  const bases: Record<'keyed' | 'keyless', string> = { keyed: '', keyless: '' };
  let keyed: Awaited<ReturnType<typeof startPython>>;

  beforeAll(async () => {
    const dir = path.join(tmp, 'forecast');
    fs.mkdirSync(path.join(dir, 'api'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'api', 'forecast.py'), blockTitled(gitPush, 'api/forecast.py').code);
    // As for api/index.py: Vercel calls the class named `handler`; HTTPServer serves it locally.
    const host = [
      'import importlib.util, sys',
      'from http.server import HTTPServer',
      'spec = importlib.util.spec_from_file_location("forecast", "api/forecast.py")',
      'module = importlib.util.module_from_spec(spec)',
      'spec.loader.exec_module(module)',
      'HTTPServer(("127.0.0.1", int(sys.argv[1])), module.handler).serve_forever()',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'host.py'), host + '\n');
    const env = { FORECAST_API_URL: `${api.url}/v1/forecast`, PYTHONUNBUFFERED: '1' };
    const [keyedPort, keylessPort] = [await freePort(), await freePort()];
    keyed = await startPython(children, ['host.py', String(keyedPort)], dir, keyedPort, { ...env, FORECAST_API_KEY: 'test-key' });
    await startPython(children, ['host.py', String(keylessPort)], dir, keylessPort, { ...env, FORECAST_API_KEY: '' });
    bases.keyed = `http://127.0.0.1:${keyedPort}`;
    bases.keyless = `http://127.0.0.1:${keylessPort}`;
  }, 30_000);

  it('passes the forecast through, having sent the key as a bearer token', async () => {
    handle.current = (_req, res) => json(res, 200, { city: 'Lyon', temperature_c: 21 });
    const before = api.seen.length;
    const r = await request(`${bases.keyed}/api/forecast`);
    expect(r).toEqual({ status: 200, type: 'application/json', body: '{"city": "Lyon", "temperature_c": 21}' });
    const sent = api.seen.slice(before);
    expect(sent.map((s) => s.url)).toEqual(['/v1/forecast?city=Lyon']);
    expect(sent[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('answers the designed 502, as JSON, when the upstream sends a 200 that is not JSON', async () => {
    handle.current = (_req, res) => (res.writeHead(200, { 'Content-Type': 'text/html' }), res.end('<html>maintenance</html>'));
    const r = await request(`${bases.keyed}/api/forecast`);
    expect(r).toEqual({ status: 502, type: 'application/json', body: '{"error": "forecast service unavailable"}' });
  });

  it('answers 502 as JSON, not an HTML error page, when the upstream fails, and logs a WARNING line', async () => {
    handle.current = (_req, res) => json(res, 503, { error: 'down' });
    const r = await request(`${bases.keyed}/api/forecast`);
    expect(r).toEqual({ status: 502, type: 'application/json', body: '{"error": "forecast service unavailable"}' });
    await expect.poll(() => keyed.output(), { timeout: 2_000 }).toMatch(/WARNING forecast: forecast API failed: 503 Server Error/);
  });

  it('answers 500 as JSON when the key is not set', async () => {
    const r = await request(`${bases.keyless}/api/forecast`);
    expect(r).toEqual({ status: 500, type: 'application/json', body: '{"error": "server misconfigured"}' });
  });
});
