/**
 * Seeded pseudo-random numbers. sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) is
 * fast in 32-bit JavaScript arithmetic and passes PractRand; splitmix32 spreads a small seed
 * over its 128-bit state so seeds 1, 2, 3… give unrelated streams.
 */

export function splitmix32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Independent streams (arrivals, service times, cold starts) keep one knob from reshuffling the others. */
export const STREAM_ARRIVALS = 1;
export const STREAM_SERVICE = 2;
export const STREAM_COLD_START = 3;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    const mix = splitmix32((seed ^ Math.imul(stream, 0x632be5ab)) | 0);
    this.a = mix() | 0;
    this.b = mix() | 0;
    this.c = mix() | 0;
    this.d = mix() | 0;
    // The first outputs of a freshly seeded sfc32 are correlated with the seed.
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** Uniform 32-bit unsigned integer. (Batching draws into a buffer measured slower in V8.) */
  u32(): number {
    const a = this.a;
    const b = this.b;
    let c = this.c;
    const d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    this.c = (c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.u32() * 2.3283064365386963e-10;
  }
}
