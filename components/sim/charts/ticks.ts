/**
 * Axis ticks computed here rather than by Recharts: round values a reader can take in at a glance,
 * and, handed to an axis with a matching domain, no nice-tick search on every live redraw.
 */
import type { Row } from './chart-rows';

/** Round clock times, at most five, none at the very end where its label would be cut off. */
export function timeTicks(duration: number): number[] {
  const steps = [10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 14400, 21600, 43200, 86400];
  const step = steps.find((s) => duration / s <= 5) ?? 86400;
  const ticks: number[] = [];
  for (let t = 0; t < duration - step * 0.4; t += step) ticks.push(t);
  return ticks;
}

/**
 * Round ticks from 0 to just above `max`, about four steps. Given to the axis with a matching
 * domain, so Recharts skips its own nice-tick search (decimal arithmetic, on every redraw).
 */
export function linearTicks(max: number, integer = false): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  // Counts (instances, cold starts) step by whole numbers: no 2.5, nothing below 1.
  const multiples = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = Math.max(integer ? 1 : 0, multiples.map((m) => m * magnitude).find((x) => x >= raw) ?? 10 * magnitude);
  const ticks: number[] = [];
  for (let k = 0; ; k++) {
    const t = Number((k * step).toPrecision(12));
    ticks.push(t);
    if (t >= max) return ticks;
  }
}

/** 1-2-5 ticks (ms) covering the latencies shown, for the log axis. */
export function logTicks(rows: readonly Row[]): number[] {
  let lo = Infinity;
  let hi = 0;
  for (const r of rows) {
    for (const v of [r.p50, r.p95, r.p99]) {
      if (v !== null) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!(hi > 0)) return [1, 10, 100, 1000];
  const ticks: number[] = [];
  for (let decade = 10 ** Math.floor(Math.log10(lo)); decade <= hi * 10; decade *= 10) {
    for (const m of [1, 2, 5]) if (m * decade >= lo / 2 && m * decade <= hi * 2) ticks.push(m * decade);
  }
  // Many decades: keep only the powers of ten so labels never collide.
  return ticks.length > 7 ? ticks.filter((t) => Number.isInteger(Math.log10(t))) : ticks;
}
