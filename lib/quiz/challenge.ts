// Relative, not '@/': the content check also runs from other working directories (its tests do).
import { createRun, parseScenario, type Summary } from '../../simulations';
import { formatExact } from './format';
import type { ChallengeQuestion, Goal, Knob, MetricId } from './schema';

/**
 * Simulation challenges, graded by the engine itself: the learner's knob values go into the
 * challenge's scenario (fixed seed), the run plays to its end, and its summary is compared with
 * the goals. Pure and deterministic, so the build check, the unit tests and the browser agree.
 * No React and no DOM here: the quiz UI in components/quiz/ renders what these functions return.
 */

type Json = Record<string, unknown>;

/** A month as the cost lesson counts it: 730 hours. */
const secondsPerMonth = 730 * 3600;

interface Metric {
  label: string;
  unit: string;
  read: (s: Summary, measuredSeconds: number) => number;
  format: (v: number) => string;
}

const ms = (v: number) => `${formatExact(Math.round(v))} ms`;
const percent = (v: number) => `${formatExact(round2(v))} %`;

export const metrics: Record<MetricId, Metric> = {
  p50Ms: { label: 'p50 latency', unit: 'ms', read: (s) => s.latency.p50 * 1000, format: ms },
  p95Ms: { label: 'p95 latency', unit: 'ms', read: (s) => s.latency.p95 * 1000, format: ms },
  p99Ms: { label: 'p99 latency', unit: 'ms', read: (s) => s.latency.p99 * 1000, format: ms },
  maxMs: { label: 'Slowest request', unit: 'ms', read: (s) => s.latency.max * 1000, format: ms },
  coldStartPercent: { label: 'Cold starts', unit: '%', read: (s) => s.coldStartFraction * 100, format: percent },
  rejectionPercent: { label: 'Throttled requests', unit: '%', read: (s) => s.rejectionFraction * 100, format: percent },
  monthlyCost: {
    label: 'Cost per month',
    unit: '$',
    read: (s, seconds) => (s.cost.total / seconds) * secondsPerMonth,
    format: (v) => `$${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
  },
  avgInstances: { label: 'Average instances', unit: '', read: (s) => s.avgInstances, format: (v) => formatExact(round2(v)) },
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

// Grading, the sweep in the feedback and the build check ask for the same settings; runs are pure.
const cache = new Map<string, ChallengeOutcome>();

function cacheKey(q: ChallengeQuestion, values: Record<string, number>): string {
  return `${q.id}|${JSON.stringify(q.scenario)}|${JSON.stringify(q.goals)}|${q.knobs.map((k) => values[k.path] ?? k.start).join(',')}`;
}

export function runChallenge(q: ChallengeQuestion, values: Record<string, number>): ChallengeOutcome {
  const key = cacheKey(q, values);
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
  if (cache.size > 400) cache.clear();
  cache.set(key, outcome);
  return outcome;
}

export interface SweepPoint {
  value: number;
  outcome: ChallengeOutcome;
}

/** The knob the feedback sweeps: the one the challenge optimises, else the first. */
export function sweptKnob(q: ChallengeQuestion): Knob {
  const knob = q.knobs.find((k) => k.path === q.best?.knob) ?? q.knobs[0];
  if (!knob) throw new Error(`question "${q.id}": a challenge needs a knob`);
  return knob;
}

/** Every stop of one knob, the other knobs held at the learner's values: why the answer is what it is. */
export function sweep(q: ChallengeQuestion, values: Record<string, number>, knob: Knob = sweptKnob(q)): SweepPoint[] {
  return knob.stops.map((value) => ({ value, outcome: runChallenge(q, { ...values, [knob.path]: value }) }));
}

/** The lowest (or highest) stop that meets the goals, or undefined when none does. */
export function bestStop(q: ChallengeQuestion, points: SweepPoint[]): number | undefined {
  const passing = points.filter((p) => p.outcome.met).map((p) => p.value);
  if (passing.length === 0) return undefined;
  return q.best?.aim === 'highest' ? Math.max(...passing) : Math.min(...passing);
}

export interface ChallengeGrade {
  /** What the learner's own settings gave. */
  outcome: ChallengeOutcome;
  /** For a "lowest/highest setting" challenge: the best stop, undefined when none meets the goals. */
  best?: number;
  correct: boolean;
}

export function gradeChallenge(q: ChallengeQuestion, values: Record<string, number>): ChallengeGrade {
  const outcome = runChallenge(q, values);
  if (!q.best) return { outcome, correct: outcome.met };
  const knob = sweptKnob(q);
  const best = bestStop(q, sweep(q, values, knob));
  const mine = values[knob.path] ?? knob.start;
  const close = best !== undefined && Math.abs(mine - best) <= q.best.within + 1e-9;
  return { outcome, best, correct: outcome.met && close };
}

/**
 * The same grade, with the sweep the feedback shows run ahead one engine run per task, so a
 * browser stays responsive while ten runs play: `pause` yields to it between runs (a server or a
 * test passes nothing).
 */
export async function gradeChallengeStepwise(
  q: ChallengeQuestion,
  values: Record<string, number>,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ChallengeGrade> {
  runChallenge(q, values);
  const knob = sweptKnob(q);
  for (const value of knob.stops) {
    await pause();
    runChallenge(q, { ...values, [knob.path]: value });
  }
  return gradeChallenge(q, values);
}

export function startValues(q: ChallengeQuestion): Record<string, number> {
  return Object.fromEntries(q.knobs.map((k) => [k.path, k.start]));
}

export function referenceValues(q: ChallengeQuestion): Record<string, number> {
  return Object.fromEntries(q.knobs.map((k) => [k.path, k.reference]));
}

/** Every setting with each knob at one end of its range: what "push the sliders all the way" gives. */
export function cornerValues(q: ChallengeQuestion): Record<string, number>[] {
  let corners: Record<string, number>[] = [{}];
  for (const k of q.knobs) {
    const ends = [...new Set([k.stops[0], k.stops[k.stops.length - 1]])].filter((v): v is number => v !== undefined);
    corners = corners.flatMap((c) => ends.map((v) => ({ ...c, [k.path]: v })));
  }
  return corners;
}
