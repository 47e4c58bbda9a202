import { describe, expect, it } from 'vitest';
import { Rng } from './rng';
import { exp1, Sampler } from './distributions';
import { nextArrival, rateAt, type Traffic } from './traffic';
import { BUCKETS, bucketOf, lowerBound, smallQuantiles } from './histogram';

function moments(draw: () => number, n: number) {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, cv: Math.sqrt(s2 / n - mean * mean) / mean };
}

describe('random numbers', () => {
  it('are reproducible per seed and stream, and differ across them', () => {
    const seq = (seed: number, stream: number) => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => r.u32());
    };
    expect(seq(1, 1)).toEqual(seq(1, 1));
    expect(seq(1, 1)).not.toEqual(seq(2, 1));
    expect(seq(1, 1)).not.toEqual(seq(1, 2));
  });

  it('uniforms lie in [0, 1) with mean 1/2', () => {
    const r = new Rng(9);
    let min = 1;
    let max = 0;
    const m = moments(() => {
      const u = r.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      return u;
    }, 1e6);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(m.mean).toBeCloseTo(0.5, 2);
  });

  it('the ziggurat exponential has mean 1, CV 1 and the right tail', () => {
    const r = new Rng(3);
    const n = 1e6;
    const xs = Array.from({ length: n }, () => exp1(r));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    expect(mean).toBeCloseTo(1, 2);
    for (const x of [0.1, 1, 3, 7.7, 9]) {
      const tail = xs.filter((v) => v > x).length / n;
      // Binomial standard error, 5 wide.
      const se = Math.sqrt((Math.exp(-x) * (1 - Math.exp(-x))) / n);
      expect(Math.abs(tail - Math.exp(-x))).toBeLessThan(5 * se + 1e-6);
    }
  });

  it.each([
    ['exponential', 1],
    ['lognormal', 0.5],
    ['lognormal', 2],
    ['constant', 0],
  ] as const)('%s distribution keeps its mean and CV (cv %d)', (dist, cv) => {
    const r = new Rng(4);
    const s = new Sampler({ dist, mean: 0.3, cv });
    const m = moments(() => s.draw(r), 1e6);
    expect(m.mean / 0.3).toBeCloseTo(1, 2);
    // The sample CV of a heavy lognormal converges slowly; 3 % is several standard errors here.
    expect(Math.abs(m.cv - cv)).toBeLessThan(0.03 * Math.max(1, cv));
  });
});

describe('traffic patterns', () => {
  const base: Traffic = { pattern: 'constant', rate: 10, steps: [], height: 100, width: 10, period: 300, amplitude: 0.8, on: 60, off: 300, from: 0, to: 100, over: 3600 };

  it.each([
    { ...base },
    { ...base, pattern: 'steps', steps: [{ at: 500, rate: 50 }, { at: 2000, rate: 0 }, { at: 2500, rate: 5 }] },
    { ...base, pattern: 'spike', rate: 2, height: 200, width: 15, period: 300 },
    { ...base, pattern: 'diurnal', rate: 20, amplitude: 0.9, period: 1000 },
    { ...base, pattern: 'onoff', rate: 30, on: 50, off: 150 },
    { ...base, pattern: 'ramp', from: 5, to: 40, over: 2000 },
  ] as Traffic[])('$pattern: arrivals per window match the integral of the rate', (tr) => {
    const rng = new Rng(17);
    const horizon = 4000;
    const windows = 20;
    const counts = new Array<number>(windows).fill(0);
    for (let t = nextArrival(tr, 0, rng); t < horizon; t = nextArrival(tr, t, rng)) counts[Math.floor((t / horizon) * windows)]! += 1;
    for (let w = 0; w < windows; w++) {
      // The expected count by fine midpoint integration; Poisson spread allows 5 standard deviations.
      let expected = 0;
      const a = (w * horizon) / windows;
      const step = 0.05;
      for (let t = a + step / 2; t < a + horizon / windows; t += step) expected += rateAt(tr, t) * step;
      expect(Math.abs((counts[w] as number) - expected)).toBeLessThanOrEqual(5 * Math.sqrt(expected) + 1);
    }
  });

  it('a rate that stays zero yields no arrival at all', () => {
    const rng = new Rng(1);
    expect(nextArrival({ ...base, rate: 0 }, 0, rng)).toBe(Infinity);
    expect(nextArrival({ ...base, pattern: 'steps', steps: [{ at: 10, rate: 0 }] }, 20, rng)).toBe(Infinity);
    expect(nextArrival({ ...base, pattern: 'ramp', from: 5, to: 0, over: 10 }, 10, rng)).toBe(Infinity);
  });

  it('patterns have the documented shape', () => {
    expect(rateAt({ ...base, pattern: 'spike', rate: 1, height: 9, width: 10, period: 100 }, 95)).toBe(10);
    expect(rateAt({ ...base, pattern: 'spike', rate: 1, height: 9, width: 10, period: 100 }, 50)).toBe(1);
    expect(rateAt({ ...base, pattern: 'diurnal', rate: 10, amplitude: 0.5, period: 100 }, 0)).toBeCloseTo(5, 12);
    expect(rateAt({ ...base, pattern: 'diurnal', rate: 10, amplitude: 0.5, period: 100 }, 50)).toBeCloseTo(15, 12);
    expect(rateAt({ ...base, pattern: 'onoff', rate: 4, on: 10, off: 20 }, 15)).toBe(0);
    expect(rateAt({ ...base, pattern: 'ramp', from: 0, to: 10, over: 100 }, 50)).toBe(5);
  });
});

describe('latency histogram buckets', () => {
  it('bucket bounds bracket the value, within 6.25 % width', () => {
    const r = new Rng(2);
    for (let i = 0; i < 10_000; i++) {
      const x = Math.exp(r.next() * 30 - 15) * 2;
      const b = bucketOf(x);
      if (b === 0 || b === BUCKETS - 1) continue;
      expect(lowerBound(b)).toBeLessThanOrEqual(x);
      expect(lowerBound(b + 1)).toBeGreaterThan(x);
      expect(lowerBound(b + 1) / lowerBound(b)).toBeLessThanOrEqual(1.0625 + 1e-12);
    }
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(1e9)).toBe(BUCKETS - 1);
  });
});

describe('small-interval percentiles', () => {
  it('are exact nearest-rank order statistics', () => {
    const xs = Float64Array.from([7, 3, 10, 1, 9, 2, 8, 4, 6, 5]);
    const out = [0, 0, 0];
    smallQuantiles(xs, 10, [0.5, 0.95, 0.99], out);
    expect(out).toEqual([5, 10, 10]);
    smallQuantiles(xs, 1, [0.5, 0.95, 0.99], out);
    expect(out).toEqual([1, 1, 1]);
  });
});
