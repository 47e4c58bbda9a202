/**
 * The playground's whole state as a query string, and back. Reading is forgiving: a value out of
 * range is clamped, a value that is not a number (or an unknown platform or pattern) falls back to
 * the preset's value, and every such repair is reported so the page can say so. Never throws.
 */
import { allKnobIds, clampKnob, knobOf } from './knobs';
import { defaultSeed, isPatternId, isPlatformId, maxSeed, type PlatformId, type SimSettings } from './settings';
import { decodeSweep, encodeSweep, sweepKeys } from './sweep-url';
import type { SweepSetup } from './sweep-spec';

export interface PlaygroundState {
  a: SimSettings;
  /** The second configuration of a side-by-side compare, or null when comparing is off. */
  b: SimSettings | null;
  /** The sweep set up under "Sweep a setting" (absent or null: none). */
  sweep?: SweepSetup | null;
}

export interface Decoded<T> {
  value: T;
  /** Values that were not understood and fell back to the preset (shown as a visible notice). */
  fallbacks: string[];
  /** Values that were out of range and were clamped. */
  clamped: string[];
}

/** The settings a platform preset gives, with a seed; supplied by the caller (it needs the engine). */
export type BaseFor = (platform: PlatformId, seed: number) => SimSettings;

const B = 'b.';

/** Six significant digits are plenty for a slider and keep links short. */
function num(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export function encodeSettings(s: SimSettings, params: URLSearchParams, prefix = ''): void {
  params.set(`${prefix}platform`, s.platform);
  params.set(`${prefix}pattern`, s.pattern);
  if (!prefix) params.set('seed', String(s.seed));
  for (const id of allKnobIds) params.set(`${prefix}${id}`, num(s.values[id]));
}

export function encodePlayground(state: PlaygroundState): string {
  const params = new URLSearchParams();
  encodeSettings(state.a, params);
  if (state.b) {
    params.set('compare', '1');
    encodeSettings(state.b, params, B);
  }
  if (state.sweep) encodeSweep(state.sweep, params);
  return params.toString();
}

/** Strict number parsing: "12", "1e3" and "0.5" are numbers; "", "12abc" and "Infinity" are not. */
function parseNumber(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export function decodeSettings(
  params: URLSearchParams,
  baseFor: BaseFor,
  fallbackPlatform: PlatformId,
  prefix = '',
  seed?: number,
): Decoded<SimSettings> {
  const fallbacks: string[] = [];
  const clamped: string[] = [];
  const who = prefix ? 'Configuration B: ' : '';

  const rawPlatform = params.get(`${prefix}platform`);
  let platform = fallbackPlatform;
  if (rawPlatform !== null) {
    if (isPlatformId(rawPlatform)) platform = rawPlatform;
    else fallbacks.push(`${who}platform`);
  }

  let theSeed = seed ?? defaultSeed;
  const rawSeed = params.get('seed');
  if (seed === undefined && rawSeed !== null) {
    const n = parseNumber(rawSeed);
    if (n === undefined || !Number.isInteger(n)) fallbacks.push('seed');
    else {
      theSeed = Math.min(maxSeed, Math.max(1, n));
      if (theSeed !== n) clamped.push('seed');
    }
  }

  const base = baseFor(platform, theSeed);
  const values = { ...base.values };
  for (const id of allKnobIds) {
    const raw = params.get(`${prefix}${id}`);
    if (raw === null) continue;
    const knob = knobOf(id);
    const n = parseNumber(raw);
    if (n === undefined) {
      fallbacks.push(`${who}${knob.label}`);
      continue;
    }
    values[id] = clampKnob(knob, n);
    if (values[id] !== n && !(knob.integer && Math.round(n) === values[id])) clamped.push(`${who}${knob.label}`);
  }

  let pattern = base.pattern;
  const rawPattern = params.get(`${prefix}pattern`);
  if (rawPattern !== null) {
    if (isPatternId(rawPattern)) pattern = rawPattern;
    else fallbacks.push(`${who}Traffic pattern`);
  }

  return { value: { platform, pattern, seed: theSeed, values }, fallbacks, clamped };
}

export function decodePlayground(query: string | URLSearchParams, baseFor: BaseFor, fallbackPlatform: PlatformId): Decoded<PlaygroundState> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const a = decodeSettings(params, baseFor, fallbackPlatform);
  const compare = params.get('compare') === '1';
  const b = compare ? decodeSettings(params, baseFor, a.value.platform, B, a.value.seed) : undefined;
  const sweep = decodeSweep(params);
  return {
    value: { a: a.value, b: b?.value ?? null, ...(sweep.value ? { sweep: sweep.value } : {}) },
    fallbacks: [...a.fallbacks, ...(b?.fallbacks ?? []), ...sweep.fallbacks],
    clamped: [...a.clamped, ...(b?.clamped ?? []), ...sweep.clamped],
  };
}

/** True when a query string carries any playground state at all (else storage or defaults apply). */
export function hasPlaygroundState(params: URLSearchParams): boolean {
  const known = new Set<string>(['platform', 'pattern', 'seed', 'compare', ...allKnobIds, ...sweepKeys]);
  return [...params.keys()].some((key) => known.has(key.startsWith(B) ? key.slice(B.length) : key));
}
