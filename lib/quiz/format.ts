import { formatExact } from '../format';
import type { Knob } from './schema';

/**
 * Knob values as the quiz prints them, so the build's error messages, the feedback and the review
 * all print a value the same way; the formatter itself is the site's one (lib/format.ts).
 */

export { formatExact };

/** A knob's engine value as the learner sees it: "600 s", "70". */
export function knobValueText(knob: Pick<Knob, 'factor' | 'unit'>, value: number): string {
  return `${formatExact(value * knob.factor)}${knob.unit ? ` ${knob.unit}` : ''}`;
}
