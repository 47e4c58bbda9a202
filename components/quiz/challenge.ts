// Relative, not '@/': the content check also runs from other working directories (its tests do).
import { createRun, parseScenario } from '../../simulations';
import type { ChallengeQuestion, Goal, MetricId } from '@/lib/quiz/schema';
import { formatNumber } from './grade';

/**
 * Simulation challenges, graded by the engine itself: the learner's knob values go into the
 * challenge's scenario (fixed seed), the run plays to its end, and its summary is compared with
 * the goals. Pure and deterministic, so the build check, the unit tests and the browser agree.
 */

type Summary = ReturnType<ReturnType<typeof createRun>['summary']>;
type Json = Record<string, unknown>;

/** A month as the cost lesson counts it: 730 hours. */
const secondsPerMonth = 730 * 3600;

interface Metric {
  label: string;
  unit: string;
  read: (s: Summary, measuredSeconds: number) => number;
  format: (v: number) => string;
}

export const metrics: Record<MetricId, Metric> = {
  p50Ms: { label: 'p50 latency', unit: 'ms', read: (s) => s.latency.p50 * 1000, format: (v) => `${formatNumber(Math.round(v))} ms` },
  p95Ms: { label: 'p95 latency', unit: 'ms', read: (s) => s.latency.p95 * 1000, format: (v) => `${formatNumber(Math.round(v))} ms` },
  p99Ms: { label: 'p99 latency', unit: 'ms', read: (s) => s.latency.p99 * 1000, format: (v) => `${formatNumber(Math.round(v))} ms` },
  coldStartPercent: { label: 'Cold starts', unit: '%', read: (s) => s.coldStartFraction * 100, format: (v) => `${formatNumber(round2(v))} %` },
  rejectionPercent: { label: 'Throttled requests', unit: '%', read: (s) => s.rejectionFraction * 100, format: (v) => `${formatNumber(round2(v))} %` },
  monthlyCost: {
    label: 'Cost per month',
    unit: '$',
    read: (s, seconds) => (s.cost.total / seconds) * secondsPerMonth,
    format: (v) => `$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  },
  avgInstances: { label: 'Average instances', unit: '', read: (s) => s.avgInstances, format: (v) => formatNumber(round2(v)) },
};

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** The challenge's scenario with the learner's values written at each knob's path. */
export function scenarioWith(q: ChallengeQuestion, values: Record<string, number>): Json {
  const scenario = structuredClone(q.scenario) as Json;
  for (const knob of q.knobs) {
    const keys = knob.path.split('.');
    let node: Json = scenario;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Json;
    }
    node[keys[keys.length - 1] as string] = values[knob.path] ?? knob.start;
  }
  return scenario;
}

export interface GoalResult {
  goal: Goal;
  label: string;
  value: number;
  shown: string;
  target: string;
  met: boolean;
}

export interface ChallengeOutcome {
  goals: GoalResult[];
  met: boolean;
}

// The UI asks for the same settings on every render and on "Check"; runs are pure, so keep a few.
const cache = new Map<string, ChallengeOutcome>();

export function runChallenge(q: ChallengeQuestion, values: Record<string, number>): ChallengeOutcome {
  const key = `${q.id}|${JSON.stringify(q.scenario)}|${q.knobs.map((k) => values[k.path] ?? k.start).join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const scenario = parseScenario(scenarioWith(q, values));
  const run = createRun(scenario);
  run.advanceTo(scenario.duration);
  const summary = run.summary();
  const measured = Math.max(1, scenario.duration - (scenario.warmup ?? 0));
  const goals = q.goals.map((goal) => {
    const metric = metrics[goal.metric];
    const value = metric.read(summary, measured);
    const limit = (goal.below ?? goal.above) as number;
    const met = goal.below !== undefined ? value < goal.below : value > limit;
    return { goal, label: metric.label, value, shown: metric.format(value), target: `${goal.below !== undefined ? 'under' : 'over'} ${metric.format(limit)}`, met };
  });
  const outcome = { goals, met: goals.every((g) => g.met) };
  if (cache.size > 200) cache.clear();
  cache.set(key, outcome);
  return outcome;
}

/** The check grade.ts calls for a challenge question. */
export function checkChallenge(q: ChallengeQuestion, values: Record<string, number>): boolean {
  return runChallenge(q, values).met;
}

export function startValues(q: ChallengeQuestion): Record<string, number> {
  return Object.fromEntries(q.knobs.map((k) => [k.path, k.start]));
}

export function referenceValues(q: ChallengeQuestion): Record<string, number> {
  return Object.fromEntries(q.knobs.map((k) => [k.path, k.reference]));
}
