/**
 * Runs claims and grades experiments with the engine. The same functions serve the content check
 * (several seeds, strict thresholds) and the browser (the learner's own run, one seed).
 */
import { createSimRun, runView, widgetSettings } from '../../components/sim/model/sim-run';
import type { SimSettings } from '../../components/sim/model/settings';
import { metricOf, type MetricId, type RunFigures } from './metrics';
import type { Change, ClaimSpec, Expectation, ExperimentSpec } from './spec';

/** The seed a widget starts with, then four more: a claim must hold for the run a learner sees first and not by luck. */
export const checkSeeds = [42, 1, 2, 3, 4] as const;

/**
 * Smallest change a lesson may point at: 2 percentage points of a share of requests, or 30 % of
 * anything else. Below half of that, a figure counts as unchanged.
 */
export const visible = { fraction: 0.02, relative: 0.3 } as const;

export function applyChange(base: SimSettings, change: Change | undefined): SimSettings {
  if (!change) return base;
  const { pattern, ...values } = change;
  return { ...base, pattern: pattern ?? base.pattern, values: { ...base.values, ...values } };
}

export function settingsFor(spec: Pick<ClaimSpec, 'widget' | 'preset'>, change: Change | undefined, seed: number): SimSettings {
  return applyChange(widgetSettings(spec.widget, spec.preset, seed), change);
}

/** A whole run, start to end, at once: for the check and tests (a day of heavy traffic is tens of ms). */
export function runToEnd(settings: SimSettings): RunFigures {
  const sim = createSimRun(settings);
  sim.run.advanceTo(sim.duration);
  return runView(sim);
}

/**
 * The same run in slices of at most `budgetMs`, yielding to the page between them, so computing
 * a baseline in the browser never blocks input.
 */
export async function runToEndInSlices(settings: SimSettings, budgetMs = 8): Promise<RunFigures> {
  const sim = createSimRun(settings);
  const step = sim.sampleInterval;
  while (sim.run.time < sim.duration) {
    const started = performance.now();
    while (sim.run.time < sim.duration && performance.now() - started < budgetMs) {
      sim.run.advanceTo(Math.min(sim.duration, sim.run.time + step));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return runView(sim);
}

type Direction = 'up' | 'down' | 'same';

function delta(metric: MetricId, before: number, after: number) {
  const d = after - before;
  const fraction = metricOf(metric).kind === 'fraction';
  const size = fraction ? Math.abs(d) / visible.fraction : Math.abs(d) / Math.max(Math.abs(before), 1e-12) / visible.relative;
  // size 1 = just visible; below 0.5 = unchanged.
  return { d, size };
}

/** How a learner's run moved the figure: every run gets a direction, however small the move. */
export function direction(metric: MetricId, before: number, after: number): Direction {
  const { d, size } = delta(metric, before, after);
  if (size < 0.5) return 'same';
  return d > 0 ? 'up' : 'down';
}

/** Whether an expectation holds, strictly: "up" and "down" must be large enough to see. */
export function holds(expect: Expectation, metric: MetricId, before: number | undefined, after: number): boolean {
  if (typeof expect === 'string') {
    if (before === undefined) return false;
    const { d, size } = delta(metric, before, after);
    if (expect === 'same') return size < 0.5;
    return size >= 1 && (expect === 'up' ? d > 0 : d < 0);
  }
  if ('near' in expect) return Math.abs(after - expect.near) <= expect.tolerance * Math.abs(expect.near);
  if ('above' in expect) return after > expect.above;
  return after < expect.below;
}

/** Whether an outcome fits a choice, as the browser grades it: directions by `direction`, levels as written. */
function fits(when: Exclude<Expectation, { near: number; tolerance: number }>, metric: MetricId, before: number, after: number): boolean {
  if (typeof when === 'string') return direction(metric, before, after) === when;
  return holds(when, metric, before, after);
}

export interface Outcome {
  before: number;
  after: number;
  /** The choice the run makes right, or the engine's figure for a numeric question. */
  answer: string;
  /** Choices that fit the run; the check insists on exactly one. */
  fitting: string[];
}

export function outcomeOf(spec: ExperimentSpec, before: RunFigures, after: RunFigures): Outcome {
  const read = metricOf(spec.metric).read;
  const b = read(before);
  const a = read(after);
  if (!spec.choices) return { before: b, after: a, answer: String(a), fitting: [] };
  const fitting = spec.choices.filter((c) => fits(c.when, spec.metric, b, a)).map((c) => c.id);
  return { before: b, after: a, answer: fitting[0] ?? '', fitting };
}

/** A numeric prediction is right within the experiment's tolerance of the engine's figure. */
export function isRight(spec: ExperimentSpec, outcome: Outcome, prediction: string): boolean {
  if (spec.choices) return prediction === outcome.answer;
  const guess = Number(prediction);
  const tolerance = spec.tolerance ?? 0.2;
  return Number.isFinite(guess) && Math.abs(guess - outcome.after) <= tolerance * Math.max(Math.abs(outcome.after), 1e-9);
}
