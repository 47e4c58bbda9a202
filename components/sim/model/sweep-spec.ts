/**
 * A sweep in the learner's words: which knob, over what range, how many values and seeds, on top
 * of the playground's settings; and the repair of a setup read from a link or a form. No engine
 * import, so the URL codec stays pure (sweep-jobs.ts turns a setup into engine jobs).
 */
import { clampKnob, knobs, mainKnobIds, type MainKnobId } from './knobs';

/** The knobs a sweep may vary: the playground's main sliders, whose ranges the table gives. */
export const sweepKnobIds = mainKnobIds;
export type SweepKnobId = MainKnobId;

export interface SweepSetup {
  knob: SweepKnobId;
  from: number;
  to: number;
  points: number;
  seeds: number;
}

export const minPoints = 20;
export const maxPoints = 40;
export const maxSeeds = 5;

/** A sensible first range for each knob: where its trade-off is visible on the default presets. */
const defaultRanges: Record<SweepKnobId, [number, number]> = {
  rate: [1, 100],
  serviceTime: [0.01, 2],
  coldStart: [0, 5],
  keepAlive: [1, 1800],
  maxConcurrency: [1, 100],
  minInstances: [0, 20],
  concurrency: [1, 100],
  memoryMB: [128, 4096],
};

export function defaultSweep(knob: SweepKnobId = 'keepAlive'): SweepSetup {
  const [from, to] = defaultRanges[knob];
  return { knob, from, to, points: 30, seeds: 3 };
}

export function isSweepKnob(value: unknown): value is SweepKnobId {
  return typeof value === 'string' && (sweepKnobIds as readonly string[]).includes(value);
}

/** Log spacing when the range starts above zero and spans more than a factor of 20. */
export function isLogRange(s: Pick<SweepSetup, 'from' | 'to'>): boolean {
  return s.from > 0 && s.to / s.from >= 20;
}

/**
 * A setup made safe to run: range inside the knob's limits and increasing, counts inside their
 * limits. `repaired` names what changed, for the page's notice. Non-numbers are the caller's.
 */
export function repairSweep(s: SweepSetup): { value: SweepSetup; repaired: string[] } {
  const knob = knobs[s.knob];
  const repaired: string[] = [];
  let from = clampKnob(knob, s.from);
  let to = clampKnob(knob, s.to);
  if (from !== s.from) repaired.push('Sweep from');
  if (to !== s.to) repaired.push('Sweep to');
  if (from > to) [from, to] = [to, from];
  if (from === to) {
    const d = defaultSweep(s.knob);
    from = d.from;
    to = d.to;
    repaired.push('Sweep range');
  }
  const points = Math.min(maxPoints, Math.max(minPoints, Math.round(s.points)));
  if (points !== s.points) repaired.push('Sweep values');
  const seeds = Math.min(maxSeeds, Math.max(1, Math.round(s.seeds)));
  if (seeds !== s.seeds) repaired.push('Sweep seeds');
  return { value: { knob: s.knob, from, to, points, seeds }, repaired };
}
