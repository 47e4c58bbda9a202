/**
 * The sweep's part of the playground's link: `sweep=<knob>&sweepFrom=…&sweepTo=…&sweepValues=…
 * &sweepSeeds=…`, range in engine units like the knobs. Forgiving like the rest of the codec: an
 * unknown knob drops the sweep, a missing or non-numeric field takes the knob's default, and an
 * out-of-range one is repaired; each is reported so the page can say so. Never throws.
 */
import { defaultSweep, isSweepKnob, repairSweep, type SweepSetup } from './sweep-spec';

export const sweepKeys = ['sweep', 'sweepFrom', 'sweepTo', 'sweepValues', 'sweepSeeds'] as const;

const num = (v: number) => String(Number(v.toPrecision(6)));

export function encodeSweep(s: SweepSetup, params: URLSearchParams): void {
  params.set('sweep', s.knob);
  params.set('sweepFrom', num(s.from));
  params.set('sweepTo', num(s.to));
  params.set('sweepValues', String(s.points));
  params.set('sweepSeeds', String(s.seeds));
}

export function decodeSweep(params: URLSearchParams): { value: SweepSetup | null; fallbacks: string[]; clamped: string[] } {
  const knob = params.get('sweep');
  if (knob === null) return { value: null, fallbacks: [], clamped: [] };
  if (!isSweepKnob(knob)) return { value: null, fallbacks: ['Sweep setting'], clamped: [] };
  const d = defaultSweep(knob);
  const fallbacks: string[] = [];
  const read = (key: string, label: string, fallback: number) => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const n = raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(n)) return n;
    fallbacks.push(label);
    return fallback;
  };
  const asked = {
    knob,
    from: read('sweepFrom', 'Sweep from', d.from),
    to: read('sweepTo', 'Sweep to', d.to),
    points: read('sweepValues', 'Sweep values', d.points),
    seeds: read('sweepSeeds', 'Sweep seeds', d.seeds),
  };
  const { value, repaired } = repairSweep(asked);
  return { value, fallbacks, clamped: repaired };
}
