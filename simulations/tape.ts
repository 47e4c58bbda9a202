/**
 * Draws kept once and read by many runs. A sweep runs the same traffic at every value of one
 * setting (the seeds are shared on purpose, so that two points differ by the setting alone), so
 * the arrival times, service times and cold-start times of a seed are the same numbers at every
 * value: a worker draws them once and each run reads them back. A run reading a tape gets
 * exactly the numbers it would have drawn itself, bit for bit; only the drawing is saved.
 */
import { Sampler } from './distributions';
import { Rng, STREAM_ARRIVALS, STREAM_COLD_START, STREAM_SERVICE } from './rng';
import { expectedArrivals, nextArrival } from './traffic';
import type { Scenario } from './types';

/** Draws are made this many at a time: a tight loop, not a call per number from the run. */
const CHUNK = 8192;

export class Tape {
  private values = new Float64Array(CHUNK);
  private n = 0;

  /** `fill` writes the stream's next draws into out[from..to), in order. */
  constructor(private readonly fill: (out: Float64Array, from: number, to: number) => void) {}

  /** The k-th draw of the stream (from 0), drawing up to it the first time it is asked for. */
  at(k: number): number {
    if (k >= this.n) this.extend(k);
    return this.values[k] as number;
  }

  /** Draws up to the k-th now, if not held yet. */
  drawTo(k: number): void {
    if (k >= this.n) this.extend(k);
  }

  /** Draws held: what the tape costs in memory is 8 bytes each. */
  get length(): number {
    return this.n;
  }

  private extend(k: number): void {
    const to = k + CHUNK;
    if (to > this.values.length) {
      const grown = new Float64Array(Math.max(to, this.values.length * 2));
      grown.set(this.values.subarray(0, this.n));
      this.values = grown;
    }
    this.fill(this.values, this.n, to);
    this.n = to;
  }
}

/** A run's three streams. The engine reads `arrivals` as absolute times, the others as durations. */
export interface Tapes {
  arrivals: Tape;
  service: Tape;
  coldStart: Tape;
}

/**
 * The same draws as the engine makes: arrival times chained from t = 0 through nextArrival (the
 * engine's constant-rate shortcut performs the same arithmetic), and each sampler fresh on its
 * own seeded stream.
 */
function arrivalTape(s: Scenario): Tape {
  const rng = new Rng(s.seed, STREAM_ARRIVALS);
  const traffic = s.traffic;
  const horizon = s.duration;
  let t = 0;
  return new Tape((out, from, to) => {
    for (let i = from; i < to; i++) {
      // A run reads no further than the first arrival after its end: past it, nothing is drawn.
      t = t > horizon ? Infinity : nextArrival(traffic, t, rng, horizon);
      out[i] = t;
    }
  });
}

function durationTape(seed: number, stream: number, d: Scenario['function']['service']): Tape {
  const rng = new Rng(seed, stream);
  const sampler = new Sampler(d);
  return new Tape((out, from, to) => {
    for (let i = from; i < to; i++) out[i] = sampler.draw(rng);
  });
}

/**
 * Tapes of recent scenarios, least recently used dropped first once they hold more than
 * `maxDraws` numbers between them: 32 MB at the default, since a phone may run four workers. A
 * sweep cycles through its seeds at every value, so with room for its seeds' tapes each stream
 * is drawn once per worker.
 */
export class TapeCache {
  private readonly tapes = new Map<string, Tape>();

  constructor(private readonly maxDraws = 4_000_000) {}

  /**
   * Tapes for scenario s, or null where reading them back could differ from drawing or would not
   * pay: scripted changes (which redraw from the live streams) and runs too long to keep.
   */
  for(s: Scenario): Tapes | null {
    if (s.changes.length > 0) return null;
    if (!(expectedArrivals(s.traffic, s.duration) * 3 <= this.maxDraws / 2)) return null;
    const fn = s.function;
    const arrivals = this.get(JSON.stringify(['a', s.seed, s.duration, s.traffic]), () => arrivalTape(s));
    const service = this.get(JSON.stringify(['s', s.seed, fn.service]), () => durationTape(s.seed, STREAM_SERVICE, fn.service));
    const coldStart = this.get(JSON.stringify(['c', s.seed, fn.coldStart]), () => durationTape(s.seed, STREAM_COLD_START, fn.coldStart));
    // Drawn ahead, before the run: every arrival up to the first past the end, and as many
    // service times (a request is served at most once). The run then never stops to draw them,
    // and V8's code for it is not thrown away the first time it would have (reading past a
    // chunk after the loop was optimized without ever having seen a read do so): the sweep
    // benchmark ran ~4 % faster. Cold starts, far fewer than requests, are still drawn as read.
    arrivals.drawTo(0);
    while (arrivals.at(arrivals.length - 1) <= s.duration) arrivals.drawTo(arrivals.length);
    service.drawTo(arrivals.length - CHUNK);
    return { arrivals, service, coldStart };
  }

  /** Call after a run: drops the least recently used tapes beyond the budget. */
  trim(): void {
    let held = 0;
    for (const t of this.tapes.values()) held += t.length;
    for (const [key, t] of this.tapes) {
      if (held <= this.maxDraws) break;
      held -= t.length;
      this.tapes.delete(key);
    }
  }

  private get(key: string, make: () => Tape): Tape {
    const found = this.tapes.get(key);
    const tape = found ?? make();
    // Re-inserting moves the key to the end: Map order is the recency order.
    if (found) this.tapes.delete(key);
    this.tapes.set(key, tape);
    return tape;
  }
}
