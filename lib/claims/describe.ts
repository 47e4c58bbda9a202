/** A change to a widget's settings in the words and units of its controls: "Keep-alive 10 s". */
import { knobOf, type KnobId } from '../../components/sim/model/knobs';
import { formatNumber } from '../format';
import { patternLabels, type PatternId } from '../../components/sim/model/settings';
import type { Change } from './spec';

export function describeSettingsChange(change: Change): string {
  return Object.entries(change)
    .map(([id, value]) => {
      if (id === 'pattern') return `Traffic pattern ${patternLabels[value as PatternId]}`;
      const knob = knobOf(id as KnobId);
      return `${knob.label} ${formatNumber((value as number) * knob.factor)}${knob.unit ? ` ${knob.unit}` : ''}`;
    })
    .join(', ');
}
