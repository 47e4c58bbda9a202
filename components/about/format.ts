/** Preset values as the About page shows them, read from the engine's own presets by path. */
import { parseScenario, presets, type PresetName } from '@/simulations';
import type { Unit } from './preset-sources';

const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function presetValue(preset: PresetName, path: string): unknown {
  let v: unknown = parseScenario(presets[preset]);
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

export function showValue(value: unknown, unit: Unit): string {
  if (value === null) return 'not set';
  if (unit === 'distribution' && value !== null && typeof value === 'object') {
    const d = value as { dist: string; mean: number; cv: number };
    return `${d.dist}, mean ${num.format(d.mean)} s${d.dist === 'lognormal' ? `, CV ${num.format(d.cv)}` : ''}`;
  }
  if (typeof value !== 'number') return String(value);
  switch (unit) {
    case 'seconds':
      return `${num.format(value)} s`;
    case 'MB':
      return `${num.format(value)} MB`;
    case 'fraction':
      return `${num.format(value * 100)} %`;
    case 'percent':
      return `${num.format(value)} %`;
    // Prices go down to millionths of a dollar: six significant digits, no exponent.
    case 'usd':
      return `$${Number(value.toPrecision(6)).toString()}`;
    default:
      return num.format(value);
  }
}
