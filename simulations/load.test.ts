import { describe, expect, it } from 'vitest';
import { createRun, expectedArrivals, loadOf, parseScenario, rateAt, type ScenarioInput } from './index';

/** Midpoint rule on a grid fine enough for every pattern below (bursts are ≥ 10 s wide). */
function integrate(input: ScenarioInput, T: number): number {
  const tr = parseScenario(input).traffic;
  const n = 200_000;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rateAt(tr, ((i + 0.5) * T) / n);
  return (sum * T) / n;
}

const cases: [string, ScenarioInput, number][] = [
  ['constant', { traffic: { pattern: 'constant', rate: 7 } }, 1234],
  ['steps', { traffic: { pattern: 'steps', rate: 1, steps: [{ at: 100, rate: 5 }, { at: 700, rate: 2 }, { at: 5000, rate: 9 }] } }, 1000],
  ['spike, partway into a burst', { traffic: { pattern: 'spike', rate: 2, height: 50, width: 30, period: 300 } }, 1185],
  ['spike, between bursts', { traffic: { pattern: 'spike', rate: 2, height: 50, width: 30, period: 300 } }, 1150],
  ['diurnal, part of a day', { traffic: { pattern: 'diurnal', rate: 10, amplitude: 0.8, period: 86400 } }, 3600],
  ['diurnal, whole days', { traffic: { pattern: 'diurnal', rate: 10, amplitude: 0.5, period: 600 } }, 3000],
  ['onoff, mid-silence', { traffic: { pattern: 'onoff', rate: 4, on: 60, off: 300 } }, 1000],
  ['onoff, mid-burst', { traffic: { pattern: 'onoff', rate: 4, on: 60, off: 300 } }, 1100],
  ['ramp, still rising', { traffic: { pattern: 'ramp', from: 5, to: 105, over: 3600 } }, 1800],
  ['ramp, then flat', { traffic: { pattern: 'ramp', from: 5, to: 105, over: 3600 } }, 7200],
];

describe('expectedArrivals', () => {
  for (const [name, input, T] of cases) {
    it(`integrates the rate: ${name}`, () => {
      const tr = parseScenario(input).traffic;
      expect(expectedArrivals(tr, T) / integrate(input, T)).toBeCloseTo(1, 4);
    });
  }

  it('is what a run delivers, within sampling noise', () => {
    const input: ScenarioInput = { seed: 9, duration: 20_000, traffic: { pattern: 'spike', rate: 1, height: 40, width: 20, period: 500 }, platform: { maxConcurrency: 10_000 } };
    const s = parseScenario(input);
    const run = createRun(s);
    run.advanceTo(s.duration);
    const expected = expectedArrivals(s.traffic, s.duration);
    expect(Math.abs(run.summary().requests - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });
});

describe('loadOf', () => {
  it('finds the always-on VM of the issue 30,000 times overloaded, its queue growing', () => {
    const l = loadOf(parseScenario({ preset: 'always-on-vm', traffic: { rate: 1000 }, function: { service: { mean: 60 } }, platform: { instances: 1 } }));
    expect(l.instances).toBe(1);
    expect(l.capacity).toBeCloseTo(2 / 60, 12);
    expect(l.ratio).toBeCloseTo(30_000, 6);
    expect(l.excess).toBe('queue-grows');
  });

  it('names where the excess goes on each platform', () => {
    const excess = (input: ScenarioInput) => loadOf(parseScenario(input)).excess;
    expect(excess({ preset: 'aws-lambda' })).toBe('throttled');
    expect(excess({ preset: 'cloud-run' })).toBe('queue-times-out');
    expect(excess({ preset: 'knative' })).toBe('queue-grows');
    expect(excess({ preset: 'aws-lambda', platform: { queue: { size: 500 } } })).toBe('queue-fills');
  });

  it('counts concurrency per instance and the mean over the run', () => {
    const l = loadOf(parseScenario({ preset: 'cloud-run', traffic: { pattern: 'onoff', rate: 100, on: 60, off: 240 }, function: { service: { mean: 0.5 } }, duration: 3000 }));
    expect(l.offered).toBeCloseTo(20, 9);
    expect(l.capacity).toBeCloseTo((100 * 80) / 0.5, 9);
    expect(l.ratio).toBeLessThan(1);
  });
});
