import { describe, expect, it } from 'vitest';
import { presets, type PresetName } from '@/simulations';
import { presetValue, showValue } from './format';
import { presetSources } from './preset-sources';

/** Paths of a preset fragment's figures: numbers, and distributions as one figure each. */
function figurePaths(v: unknown, prefix = ''): string[] {
  if (v === null || typeof v !== 'object') return typeof v === 'number' ? [prefix] : [];
  if ('mean' in v) return [prefix];
  return Object.entries(v).flatMap(([k, x]) => figurePaths(x, prefix ? `${prefix}.${k}` : k));
}

// Zero prices and counts are absences, not figures; the compared fleet size is a course choice.
const notFigures = (name: PresetName, path: string) => path === 'cost.baselineInstances' || presetValue(name, path) === 0;

describe('About page: preset sources', () => {
  it('covers every preset', () => {
    expect(presetSources.map((p) => p.preset).sort()).toEqual(Object.keys(presets).sort());
  });

  it.each(presetSources.map((p) => [p.preset, p] as const))('%s: every figure has a source and every source a figure', (name, p) => {
    const cited = p.figures.map((f) => f.path);
    const wanted = figurePaths(presets[name]).filter((path) => !notFigures(name, path));
    expect(wanted.filter((path) => !cited.includes(path))).toEqual([]);
    for (const f of p.figures) {
      expect(presetValue(name, f.path), f.path).not.toBeUndefined();
      expect(showValue(presetValue(name, f.path), f.unit)).not.toMatch(/undefined|NaN|object/);
    }
  });

  it('shows values in the units a learner reads', () => {
    expect(showValue(0.0000166667, 'usd')).toBe('$0.0000166667');
    expect(showValue(0.7, 'fraction')).toBe('70 %');
    expect(showValue({ dist: 'lognormal', mean: 0.3, cv: 0.6 }, 'distribution')).toBe('lognormal, mean 0.3 s, CV 0.6');
    expect(showValue(null, 'requests')).toBe('not set');
  });
});
