/**
 * The sweep benchmark of `npm run bench`: 30 keep-alive values of an hour at 100 req/s, 3 seeds
 * each, on min(cores, 4) worker threads running the browser's pool and job code. The worker is
 * bundled with esbuild first (into the system's temp folder), as the site bundles its module
 * worker; the wall time includes starting the threads. `npm run bench -- --sweep` runs only this.
 */
import { buildSync } from 'esbuild';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { poolSize, runPool, type PoolWorker } from './sweep-pool';
import { sweepJobs, sweepSeeds, sweepValues, type JobResult, type SweepJob } from './sweep';

const here = path.dirname(fileURLToPath(import.meta.url));

const hourAt100 = (keepAlive: number, seed: number) => ({
  seed,
  duration: 3600,
  traffic: { pattern: 'constant', rate: 100 },
  function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 1 }, concurrency: 1, memoryMB: 128 },
  platform: { policy: 'per-request', keepAlive, maxConcurrency: 1000, minInstances: 0 },
});

function threadWorker(file: string): PoolWorker {
  // The bundle is plain JavaScript, as the site's worker is: no need for the TypeScript loader
  // this script runs under, which a worker otherwise inherits and which slowed each thread's
  // start by ~100 ms.
  const w = new Worker(pathToFileURL(file), { execArgv: [] });
  return {
    post: (job: SweepJob) => w.postMessage(job),
    listen: (done, fail) => {
      w.on('message', (r: JobResult) => done(r));
      w.on('error', (e) => fail(e.message));
    },
    terminate: () => void w.terminate(),
  };
}

export async function benchSweep(): Promise<void> {
  const file = path.join(tmpdir(), `scale-to-zero-sweep-thread-${process.pid}.mjs`);
  buildSync({ entryPoints: [path.join(here, 'sweep-thread.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
  const values = sweepValues(1, 1800, 30, { log: true });
  const seeds = sweepSeeds(42, 3);
  const jobs = sweepJobs(values, seeds, hourAt100);
  const threads = poolSize(availableParallelism());
  const results: JobResult[] = [];
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    runPool(values, seeds.length, jobs, Array.from({ length: threads }, () => threadWorker(file)), {
      point: () => {},
      job: (r) => results.push(r),
      finished: resolve,
      failed: (m) => reject(new Error(m)),
    });
  });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const requests = results.reduce((n, r) => n + r.requests, 0);
  const busy = results.reduce((n, r) => n + r.ms, 0);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const cpu = (c.user + c.system) / 1000;
  console.log(`\nsweep: 30 keep-alive values (1 s to 30 min) × 3 seeds of an hour at 100 req/s, ${threads} worker threads`);
  console.log(`  ${fmt(wall)} ms wall (target 2,000 ms), ${fmt(busy)} ms summed over the jobs' wall times`);
  // On a machine shared with other work the wall time mostly measures the others; process CPU
  // (all threads) divided by the threads is what the sweep needs with the cores to itself.
  console.log(`  process CPU ${fmt(cpu)} ms, so about ${fmt(cpu / threads)} ms on ${threads} cores left to it`);
  console.log(`  ${fmt(requests)} requests: ${fmt(requests / (cpu / 1000))} req/s per core of CPU, ${fmt(requests / (wall / 1000))} req/s wall`);
}
