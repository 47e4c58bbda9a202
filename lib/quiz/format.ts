import type { Knob } from './schema';

/**
 * Number formats shared by the grading (lib/) and the quiz UI (components/quiz/), so the build's
 * error messages, the feedback and the review all print a value the same way.
 */

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** A knob's engine value as the learner sees it: "600 s", "70". */
export function knobValueText(knob: Pick<Knob, 'factor' | 'unit'>, value: number): string {
  return `${formatNumber(value * knob.factor)}${knob.unit ? ` ${knob.unit}` : ''}`;
}
