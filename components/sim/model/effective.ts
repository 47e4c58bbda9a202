/**
 * Knob values the engine cannot take together, and the values a run uses instead. Settings keep
 * what the learner (or a link) asked for, so raising a limit later gives the value back; the
 * controls show what the run uses, and a note says why the two differ.
 */
import { formatNumber } from '../../../lib/format';
import { knobOf, type KnobId } from './knobs';
import type { KnobValues, SimSettings } from './settings';

export interface Held {
  id: KnobId;
  asked: number;
  used: number;
  /** Why, as the end of a sentence. */
  because: string;
}

export function effectiveValues(s: SimSettings): { values: KnobValues; held: Held[] } {
  const asked = s.values;
  const held: Held[] = [];
  let values = asked;
  const hold = (id: KnobId, used: number, because: string) => {
    if (values === asked) values = { ...asked };
    values[id] = used;
    held.push({ id, asked: asked[id], used, because });
  };
  if (asked.minInstances > asked.maxConcurrency) {
    hold('minInstances', asked.maxConcurrency, `it cannot be more than Max concurrency (${formatNumber(asked.maxConcurrency)})`);
  }
  if (s.pattern === 'spike' && asked.spikeWidth > asked.spikePeriod) {
    hold('spikeWidth', asked.spikePeriod, `a burst cannot last longer than the time from one burst to the next (${formatNumber(asked.spikePeriod)} s)`);
  }
  return { values, held };
}

export function heldText(h: Held): string {
  const knob = knobOf(h.id);
  const show = (n: number) => `${formatNumber(n * knob.factor)}${knob.unit === 's' || knob.unit === 'ms' ? ` ${knob.unit}` : ''}`;
  return `${knob.label} is ${show(h.used)}, not ${show(h.asked)}: ${h.because}.`;
}
