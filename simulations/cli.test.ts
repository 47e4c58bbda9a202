import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, 'cli.ts');

function simulate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: join(__dirname, '..') }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const small = { seed: 42, duration: 600, sampleInterval: 10, traffic: { pattern: 'constant', rate: 10 }, function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 1 } }, platform: { policy: 'per-request', keepAlive: 60 } };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'simulate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulate CLI', () => {
  it('prints one JSON summary; --seed overrides; --series writes the time series', async () => {
    const good = file('good.json', JSON.stringify(small));
    const csv = join(dir, 'series.csv');
    const [a, b, c] = await Promise.all([simulate([good]), simulate([good, '--seed', '7']), simulate([good, '--series', csv])]);
    expect(a.code).toBe(0);
    const out = JSON.parse(a.stdout);
    for (const k of ['requests', 'served', 'rejected', 'coldStarts', 'coldStartFraction', 'rejectionFraction', 'avgInstances', 'avgBusyInstances', 'avgIdleInstances', 'utilization', 'wallMs']) {
      expect(typeof out[k]).toBe('number');
    }
    for (const k of ['mean', 'p50', 'p95', 'p99']) expect(typeof out.latency[k]).toBe('number');
    expect(typeof out.cost.total).toBe('number');
    expect(out.seed).toBe(42);
    expect(JSON.parse(b.stdout).seed).toBe(7);
    expect(JSON.parse(b.stdout).requests).not.toBe(out.requests);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout).requests).toBe(out.requests);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      't (s),arrivals (requests in interval),rate (requests/s),starting (instances),busy (instances),idle (instances),instances (instances),inFlight (requests),queued (requests),throttled (requests in interval),coldStarts (starts in interval),served (requests in interval),p50 (s),p95 (s),p99 (s),cost (USD so far),alwaysOnCost (USD so far)',
    );
    expect(lines).toHaveLength(1 + 600 / 10);
  });

  it('a bad scenario exits non-zero, names the field, and writes nothing', async () => {
    const cases: [string, string, RegExp][] = [
      ['no-mean.json', JSON.stringify({ ...small, function: { service: { dist: 'exponential' } } }), /function\.service\.mean: required/],
      ['unknown.json', JSON.stringify({ ...small, traffic: { rate: 1, rat: 2 } }), /traffic\.rat: unknown field/],
      ['negative.json', JSON.stringify({ ...small, traffic: { rate: -3 } }), /traffic\.rate: must be ≥ 0/],
      ['broken.json', '{ "seed": 1, ', /invalid JSON/],
    ];
    const runs = await Promise.all(
      cases.map(([name, content]) => {
        const csv = join(dir, `${name}.csv`);
        return simulate([file(name, content), '--series', csv]).then((r) => ({ ...r, csv }));
      }),
    );
    runs.forEach((r, i) => {
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch((cases[i] as [string, string, RegExp])[2]);
      expect(existsSync(r.csv)).toBe(false);
    });
    const missing = await simulate([join(dir, 'nope.json')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
    expect(missing.stdout).toBe('');
  });
});
