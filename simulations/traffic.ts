/**
 * Request arrivals: a Poisson process whose rate follows a pattern of absolute simulated time.
 * Piecewise-constant patterns are sampled exactly (an exponential gap within the current piece;
 * a gap that crosses the piece's end restarts there, which memorylessness makes exact). Smooth
 * patterns (diurnal, ramp) use Lewis–Shedler thinning under their peak rate.
 */
import type { Rng } from './rng';
import { exp1 } from './distributions';

export type Pattern = 'constant' | 'steps' | 'spike' | 'diurnal' | 'onoff' | 'ramp';

export interface Step {
  /** Seconds from the start of the run. */
  at: number;
  /** Requests per second from `at` on. */
  rate: number;
}

export interface Traffic {
  pattern: Pattern;
  /** constant: the rate; steps: the rate before the first step; spike: the base rate between
   * bursts; diurnal: the mean; onoff: the rate while on. Ramp ignores it. */
  rate: number;
  steps: Step[];
  /** spike: rate added on top of `rate` during a burst. */
  height: number;
  /** spike: seconds a burst lasts; each period ends with one. */
  width: number;
  /** spike and diurnal: seconds per cycle. */
  period: number;
  /** diurnal: swing as a fraction of the mean, in [0, 1]; the cycle starts at its low point. */
  amplitude: number;
  /** onoff: seconds of traffic, then `off` seconds of silence, starting with traffic. */
  on: number;
  off: number;
  /** ramp: linear from `from` to `to` over the first `over` seconds, then `to`. */
  from: number;
  to: number;
  over: number;
}

export function rateAt(tr: Traffic, t: number): number {
  switch (tr.pattern) {
    case 'constant':
      return tr.rate;
    case 'steps': {
      let r = tr.rate;
      for (const s of tr.steps) {
        if (s.at > t) break;
        r = s.rate;
      }
      return r;
    }
    case 'spike':
      return t - Math.floor(t / tr.period) * tr.period >= tr.period - tr.width ? tr.rate + tr.height : tr.rate;
    case 'diurnal':
      return tr.rate * (1 - tr.amplitude * Math.cos((2 * Math.PI * t) / tr.period));
    case 'onoff':
      return t - Math.floor(t / (tr.on + tr.off)) * (tr.on + tr.off) < tr.on ? tr.rate : 0;
    case 'ramp':
      return tr.from + (tr.to - tr.from) * Math.min(1, t / tr.over);
  }
}

/** End of the constant piece containing t, for the piecewise-constant patterns. */
function pieceEnd(tr: Traffic, t: number): number {
  let end: number;
  if (tr.pattern === 'steps') {
    end = Infinity;
    for (const s of tr.steps) {
      if (s.at > t) {
        end = s.at;
        break;
      }
    }
    return end;
  }
  if (tr.pattern === 'constant') return Infinity;
  const period = tr.pattern === 'spike' ? tr.period : tr.on + tr.off;
  const switchAt = tr.pattern === 'spike' ? tr.period - tr.width : tr.on;
  const start = Math.floor(t / period) * period;
  end = t - start < switchAt ? start + switchAt : start + period;
  // Floating point can leave t a hair past a boundary; never return a piece that makes no progress.
  if (!(end > t)) end = end === start + switchAt ? start + period : start + period + switchAt;
  if (!(end > t)) end = t + 4 * Number.EPSILON * Math.max(1, t);
  return end;
}

/** Peak rate of a smooth pattern, the envelope thinning samples under. */
function envelope(tr: Traffic): number {
  return tr.pattern === 'diurnal' ? tr.rate * (1 + tr.amplitude) : Math.max(tr.from, tr.to);
}

/**
 * Time of the first arrival after t; Infinity if the rate stays 0 from t on, or if none comes
 * before `horizon` (the run's end): a tiny rate must not walk a periodic pattern forever.
 */
export function nextArrival(tr: Traffic, t: number, rng: Rng, horizon = Infinity): number {
  if (tr.pattern === 'constant') {
    return tr.rate > 0 ? t + exp1(rng) / tr.rate : Infinity;
  }
  if (tr.pattern === 'diurnal' || tr.pattern === 'ramp') {
    const top = envelope(tr);
    if (!(top > 0)) return Infinity;
    for (;;) {
      if (tr.pattern === 'ramp' && t >= tr.over) {
        return tr.to > 0 ? t + exp1(rng) / tr.to : Infinity;
      }
      const cand = t + exp1(rng) / top;
      if (tr.pattern === 'ramp' && cand >= tr.over) {
        t = tr.over;
        continue;
      }
      t = cand;
      if (t > horizon) return Infinity;
      if (rng.next() * top < rateAt(tr, t)) return t;
    }
  }
  for (;;) {
    const r = rateAt(tr, t);
    const end = pieceEnd(tr, t);
    if (r > 0) {
      const cand = t + exp1(rng) / r;
      if (cand < end) return cand;
    }
    if (end === Infinity || end > horizon) return Infinity;
    if (tr.pattern !== 'steps' && tr.rate <= 0 && (tr.pattern === 'onoff' || tr.height <= 0)) return Infinity;
    t = end;
  }
}

/** Requests expected over [0, T]: the integral of the rate, in closed form for every pattern. */
export function expectedArrivals(tr: Traffic, T: number): number {
  switch (tr.pattern) {
    case 'constant':
      return tr.rate * T;
    case 'steps': {
      let total = 0;
      let from = 0;
      let r = tr.rate;
      for (const s of tr.steps) {
        if (s.at >= T) break;
        total += r * (s.at - from);
        from = s.at;
        r = s.rate;
      }
      return total + r * (T - from);
    }
    case 'spike': {
      const into = T - Math.floor(T / tr.period) * tr.period;
      const burst = Math.floor(T / tr.period) * tr.width + Math.max(0, into - (tr.period - tr.width));
      return tr.rate * T + tr.height * burst;
    }
    case 'diurnal':
      return tr.rate * (T - ((tr.amplitude * tr.period) / (2 * Math.PI)) * Math.sin((2 * Math.PI * T) / tr.period));
    case 'onoff': {
      const cycle = tr.on + tr.off;
      return tr.rate * (Math.floor(T / cycle) * tr.on + Math.min(tr.on, T - Math.floor(T / cycle) * cycle));
    }
    case 'ramp': {
      const up = Math.min(T, tr.over);
      return tr.from * up + ((tr.to - tr.from) * up * up) / (2 * tr.over) + tr.to * Math.max(0, T - tr.over);
    }
  }
}
