/**
 * npm run bench: speed and memory of the engine (a benchmark, not a test).
 *
 * The workload (per-request policy, λ = 10/s, exponential service 0.2 s, exponential
 * cold start 1 s, keep-alive 60 s) for 10^5, 10^6 and 10^7 requests, each size in a fresh child
 * process so its peak memory is its own; then an hour of 100 req/s, the widget's case, timed
 * over repeated runs; then an overloaded queue (one always-on server, 1,000 req/s, a minute of
 * work each: the queue grows by ~1,000 a second), whose stored size must stay bounded. Wall time
 * is what a user waits; CPU time is reported beside it because on a shared machine it is the
 * steadier of the two. Last, a parameter sweep on worker threads (sweep-bench.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRun, parseScenario } from './index';
import { benchSweep } from './sweep-bench';

const self = fileURLToPath(import.meta.url);

function scenario(rate: number, duration: number, sampleInterval: number) {
  return parseScenario({
    seed: 42,
    duration,
    sampleInterval,
    traffic: { pattern: 'constant', rate },
    function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 1 }, concurrency: 1, memoryMB: 128 },
    platform: { policy: 'per-request', keepAlive: 60, maxConcurrency: 1000, minInstances: 0 },
  });
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface SizeResult {
  requests: number;
  wallMs: number;
  cpuMs: number;
  peakRssMB: number;
  peakHeapMB: number;
  /** Largest heap still in use after a full GC: what the run itself holds. */
  liveHeapMB: number;
}

/** Child: one size, advancing in slices so the heap can be watched while it runs. */
function runSize(requests: number): SizeResult {
  const rate = 10;
  const s = scenario(rate, requests / rate, 1);
  let peakHeap = 0;
  let liveHeap = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  const slices = 100;
  const t0 = performance.now();
  const c0 = cpuMs();
  const run = createRun(s);
  for (let i = 1; i <= slices; i++) {
    run.advanceTo((s.duration * i) / slices);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (gc && i % 10 === 0) {
      gc();
      liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
    }
  }
  // The GC pauses are measurement, not simulation: they are left in, and cost a few ms.
  const wallMs = performance.now() - t0;
  const cpu = cpuMs() - c0;
  return {
    requests: run.summary().requests,
    wallMs,
    cpuMs: cpu,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    peakHeapMB: peakHeap / 2 ** 20,
    liveHeapMB: liveHeap / 2 ** 20,
  };
}

interface OverloadResult {
  queued: number;
  wallMs: number;
  cpuMs: number;
  /** Typed arrays alive at the end, beyond those at the start: where a queue is stored. */
  buffersMB: number;
}

/** Child: six simulated hours of the overloaded server. */
function runOverload(): OverloadResult {
  const s = parseScenario({
    preset: 'always-on-vm',
    seed: 42,
    duration: 6 * 3600,
    sampleInterval: 120,
    traffic: { pattern: 'constant', rate: 1000 },
    function: { service: { dist: 'exponential', mean: 60 } },
    platform: { instances: 1 },
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const b0 = process.memoryUsage().arrayBuffers;
  const t0 = performance.now();
  const c0 = cpuMs();
  const run = createRun(s);
  run.advanceTo(s.duration);
  const wallMs = performance.now() - t0;
  const cpu = cpuMs() - c0;
  gc?.();
  return { queued: run.summary().queued, wallMs, cpuMs: cpu, buffersMB: (process.memoryUsage().arrayBuffers - b0) / 2 ** 20 };
}

function hour(): { runs: number; medianMs: number; minMs: number; minCpuMs: number; requests: number } {
  const s = scenario(100, 3600, 1);
  let requests = 0;
  for (let i = 0; i < 5; i++) createRun(s).advanceTo(3600); // warm the JIT, as a widget would be after its first frames
  const wall: number[] = [];
  let minCpu = Infinity;
  for (let i = 0; i < 30; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const run = createRun(s);
    run.advanceTo(3600);
    wall.push(performance.now() - t0);
    minCpu = Math.min(minCpu, cpuMs() - c0);
    requests = run.summary().requests;
  }
  wall.sort((a, b) => a - b);
  return { runs: wall.length, medianMs: wall[wall.length >> 1] as number, minMs: wall[0] as number, minCpuMs: minCpu, requests };
}

const arg = process.argv.indexOf('--size');
if (arg >= 0) {
  process.stdout.write(JSON.stringify(runSize(Number(process.argv[arg + 1]))));
} else if (process.argv.includes('--sweep')) {
  await benchSweep();
} else if (process.argv.includes('--overload')) {
  process.stdout.write(JSON.stringify(runOverload()));
} else {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('per-request, λ = 10/s, service 0.2 s exp, cold start 1 s exp, keep-alive 60 s, samples every 1 s\n');
  console.log('requests      wall ms    req/s (wall)   req/s (CPU)   peak RSS MB   peak heap MB   live heap MB');
  for (const n of [1e5, 1e6, 1e7]) {
    const out = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', self, '--size', String(n)], { encoding: 'utf8' });
    const r = JSON.parse(out) as SizeResult;
    console.log(
      `${fmt(r.requests).padStart(10)}  ${fmt(r.wallMs).padStart(9)}  ${fmt(r.requests / (r.wallMs / 1000)).padStart(13)}  ${fmt(r.requests / (r.cpuMs / 1000)).padStart(12)}  ${r.peakRssMB.toFixed(1).padStart(12)}  ${r.peakHeapMB.toFixed(1).padStart(13)}  ${r.liveHeapMB.toFixed(1).padStart(13)}`,
    );
  }
  const h = hour();
  console.log(`\none hour at 100 req/s (${fmt(h.requests)} requests, samples every 1 s), ${h.runs} runs after warm-up:`);
  console.log(`  median ${h.medianMs.toFixed(1)} ms, best ${h.minMs.toFixed(1)} ms wall, best ${h.minCpuMs.toFixed(1)} ms CPU (one animation frame is ~16 ms)`);
  const out = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', self, '--overload'], { encoding: 'utf8' });
  const o = JSON.parse(out) as OverloadResult;
  console.log(`\noverloaded queue, 6 simulated hours (1 server, 1,000 req/s, 60 s each): ${fmt(o.queued)} waiting at the end`);
  console.log(`  ${fmt(o.wallMs)} ms wall, ${fmt(o.cpuMs)} ms CPU; typed arrays held at the end ${o.buffersMB.toFixed(1)} MB`);
  await benchSweep();
}
