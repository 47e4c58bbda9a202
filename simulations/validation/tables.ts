/**
 * The model's validation tables: each row sets a figure from a simulated run (or a decision of
 * the model) beside an independent reference and a tolerance stated in advance. `npm run
 * validate` builds them all and writes results.json, which the About page shows; the Vitest
 * suite rebuilds the fast ones (the Knative cases) and checks the file is current.
 *
 * Statistical tolerances are at least four times the seed-to-seed spread at the run lengths
 * below (`npm run validate -- --spread` measures it over ten seeds), so a row fails on a real
 * change, not on noise.
 */
import { createRun, parseScenario, type ScenarioInput, type Summary } from '../index';
import { erlangB, erlangC, mmcMeanWait } from '../testing/erlang';
import { KNATIVE_COMMIT, KNATIVE_TAG, knativeCases, notModelled } from './knative-cases';
import { checkCase, tally, type CaseResult } from './knative-check';

export interface Row {
  /** What is compared, in a learner's words. */
  name: string;
  /** The scenario in short: rates, times, sizes. */
  inputs: string;
  model: number;
  reference: number;
  /** Largest relative difference |model / reference − 1| allowed. */
  tolerance: number;
  pass: boolean;
}

export interface Table {
  id: 'little' | 'erlang-b' | 'erlang-c' | 'cold-start';
  title: string;
  /** The independent computation and where it comes from. */
  reference: string;
  rows: Row[];
}

export interface KnativeTable {
  tag: string;
  commit: string;
  results: CaseResult[];
  totals: { cases: number; checks: number; agree: number; notModelledChecks: number; notModelledEntries: number };
}

export interface Report {
  tables: Table[];
  knative: KnativeTable;
}

// Added to every seed: 0 for the published tables; others to measure the spread across seeds.
let seedShift = 0;

function summarise(input: ScenarioInput): Summary {
  const s = parseScenario({ ...input, seed: (input.seed ?? 1) + seedShift });
  const run = createRun(s);
  run.advanceTo(s.duration);
  return run.summary();
}

const round = (x: number, digits = 6) => Number(x.toPrecision(digits));

function row(name: string, inputs: string, model: number, reference: number, tolerance: number): Row {
  return { name, inputs, model: round(model), reference: round(reference), tolerance, pass: Math.abs(model / reference - 1) <= tolerance };
}

const exp = (mean: number) => ({ dist: 'exponential' as const, mean });
const logn = (mean: number, cv: number) => ({ dist: 'lognormal' as const, mean, cv });
const none = { dist: 'constant' as const, mean: 0 };
const long = { seed: 42, sampleInterval: 1000 };

/** L = λW: requests in the system against throughput × mean response time. */
function little(): Table {
  const cases: [string, string, ScenarioInput][] = [
    ['Per-request, one request per instance, cold starts', 'λ 10/s, service 0.2 s, cold start 1 s, keep-alive 60 s',
      { ...long, duration: 20_000, traffic: { rate: 10 }, function: { service: exp(0.2), coldStart: exp(1) }, platform: { policy: 'per-request', keepAlive: 60 } }],
    ['Per-request, 80 per instance, queue at the instance limit', 'λ 300/s, service lognormal 0.5 s (CV 2), 2 instances',
      { ...long, duration: 4_000, traffic: { rate: 300 }, function: { service: logn(0.5, 2), coldStart: logn(1, 0.5), concurrency: 80 }, platform: { policy: 'per-request', maxConcurrency: 2, queue: { size: null, timeout: null } } }],
    ['Target tracking (Knative) with the activator buffering', 'λ 200/s, service 0.5 s, pod start 2 s, diurnal',
      { ...long, preset: 'knative', duration: 7_200, traffic: { pattern: 'diurnal', rate: 200, period: 3600 }, function: { service: exp(0.5), coldStart: exp(2) } }],
    ['Fixed fleet of 5 with a queue (M/M/5)', 'λ 4/s, service 1 s',
      { ...long, duration: 40_000, traffic: { rate: 4 }, function: { service: exp(1) }, platform: { policy: 'fixed', instances: 5 } }],
  ];
  return {
    id: 'little',
    title: "Little's law",
    reference: "Little's law, L = λW (Little, Operations Research 9(3), 1961): average requests in the system equal throughput times mean response time, for any arrival pattern and policy.",
    rows: cases.map(([name, inputs, input]) => {
      const r = summarise(input);
      const throughput = r.served / r.measured;
      return row(name, inputs, r.avgInFlight + r.avgQueued, throughput * r.latency.mean, 0.01);
    }),
  };
}

/** Loss systems: instances capped, no queue, cold start 0, instances never expire. */
function erlangBTable(): Table {
  // [instances, load, service, run length, tolerance]: refusals at 100 instances are rare and
  // come in clusters, so that row needs the longest run and still spreads the most.
  const cases: [number, number, 'exponential' | 'constant', number, number][] = [
    [40, 50, 'exponential', 40_000, 0.04],
    [10, 8, 'constant', 80_000, 0.04],
    [100, 90, 'exponential', 120_000, 0.05],
  ];
  return {
    id: 'erlang-b',
    title: 'Erlang B: requests refused at the instance limit',
    reference: 'Erlang B formula (Erlang, 1917) for c servers and offered load a = λ·E[S], computed by the stable recursion; exact for any service-time distribution.',
    rows: cases.map(([c, a, dist, duration, tolerance]) => {
      const r = summarise({ ...long, seed: 7, duration, traffic: { rate: a }, function: { service: { dist, mean: 1 }, coldStart: none }, platform: { policy: 'per-request', keepAlive: 1e9, maxConcurrency: c } });
      return row(`${c} instances, load ${a} (${dist} service)`, `λ ${a}/s, service 1 s, limit ${c}`, r.rejectionFraction, erlangB(c, a), tolerance);
    }),
  };
}

/** A fixed fleet with an unbounded queue is M/M/c. */
function erlangCTable(): Table {
  const rows: Row[] = [];
  for (const [c, lambda, duration] of [[5, 3, 400_000], [2, 1, 400_000], [10, 7, 200_000]] as const) {
    const r = summarise({ ...long, seed: 11, duration, traffic: { rate: lambda }, function: { service: exp(1) }, platform: { policy: 'fixed', instances: c } });
    const inputs = `λ ${lambda}/s, service 1 s, ${c} servers`;
    rows.push(row(`M/M/${c}: share of requests that wait`, inputs, r.wait.waitedFraction, erlangC(c, lambda), 0.02));
    // The mean wait has a long tail, so its estimate spreads about three times as much.
    rows.push(row(`M/M/${c}: mean wait`, inputs, r.wait.mean, mmcMeanWait(c, lambda, 1), 0.06));
  }
  return {
    id: 'erlang-c',
    title: 'Erlang C: waiting for a fixed fleet',
    reference: 'Erlang C formula (Erlang, 1917) for the probability of waiting in M/M/c, and the mean wait C(c, a) / (cμ − λ).',
    rows,
  };
}

/**
 * Cold starts of the per-request policy against two exact results (derived on the About page):
 * - one instance that takes one request at a time, the rest refused: a served request is cold
 *   when the idle time before it, exponential with rate λ, exceeded the keep-alive K, so
 *   cold ÷ served = e^(−λK), and refused = λh ÷ (1 + λh) with h = E[S] + e^(−λK)·E[cold start];
 * - one instance that takes every request (concurrency far above demand), instant start: busy
 *   periods are those of M/G/∞, the system is empty a share e^(−λE[S]) of the time, so
 *   cold ÷ arrivals = e^(−λ(K + E[S])), for any service-time distribution.
 */
function coldStart(): Table {
  const rows: Row[] = [];
  for (const [lambda, K, coldMean] of [[0.1, 10, 2], [1, 0.5, 0.3]] as const) {
    const r = summarise({ ...long, seed: 3, duration: 2_000_000 / lambda / 10, traffic: { rate: lambda }, function: { service: exp(1), coldStart: logn(coldMean, 0.5) }, platform: { policy: 'per-request', keepAlive: K, maxConcurrency: 1 } });
    const p = Math.exp(-lambda * K);
    const h = 1 + p * coldMean;
    const inputs = `λ ${lambda}/s, keep-alive ${K} s, service 1 s, cold start ${coldMean} s, 1 instance`;
    rows.push(row('One instance, one request at a time: cold ÷ served', inputs, r.coldStarts / r.served, p, 0.02));
    rows.push(row('The same: refused ÷ arrived', inputs, r.rejectionFraction, (lambda * h) / (1 + lambda * h), 0.02));
  }
  for (const [lambda, K, service] of [[0.5, 2, exp(1)], [0.5, 2, logn(1, 2)], [2, 0.25, exp(0.2)]] as const) {
    const r = summarise({ ...long, seed: 5, duration: 400_000 / lambda, traffic: { rate: lambda }, function: { service, coldStart: none, concurrency: 1000 }, platform: { policy: 'per-request', keepAlive: K } });
    const label = service.dist === 'lognormal' ? `lognormal ${service.mean} s (CV ${service.cv})` : `${service.mean} s`;
    rows.push(row('One instance takes every request: cold ÷ arrived', `λ ${lambda}/s, keep-alive ${K} s, service ${label}, instant start`, r.coldStarts / r.requests, Math.exp(-lambda * (K + service.mean)), 0.02));
  }
  return {
    id: 'cold-start',
    title: 'Cold starts of the per-request policy',
    reference: 'Exact results for two single-instance cases, from PASTA (Poisson arrivals see time averages; Wolff, Operations Research 30(2), 1982), memoryless idle times, and the Poisson occupancy of the M/G/∞ queue.',
    rows,
  };
}

export function knativeTable(): KnativeTable {
  const results = knativeCases.map(checkCase);
  const t = tally(results);
  return {
    tag: KNATIVE_TAG,
    commit: KNATIVE_COMMIT,
    results,
    totals: { ...t, notModelledChecks: notModelled.reduce((a, n) => a + n.checks, 0), notModelledEntries: notModelled.length },
  };
}

/** Every table; `only` restricts to some statistical tables (the Knative one is always built). */
export function buildReport(only?: Table['id'][], shift = 0): Report {
  seedShift = shift;
  const all: [Table['id'], () => Table][] = [['little', little], ['erlang-b', erlangBTable], ['erlang-c', erlangCTable], ['cold-start', coldStart]];
  return { tables: all.filter(([id]) => !only || only.includes(id)).map(([, build]) => build()), knative: knativeTable() };
}
