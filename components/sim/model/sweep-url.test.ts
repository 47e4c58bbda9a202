import { describe, expect, it } from 'vitest';
import { baseValues, type PlatformId } from './settings';
import { decodePlayground, encodePlayground, hasPlaygroundState, type BaseFor } from './url-state';
import { defaultSweep, repairSweep } from './sweep-spec';
import { jobsFor, sweepSettingValues } from './sweep-jobs';
import { platformSettings } from './sim-run';

const baseFor: BaseFor = (platform: PlatformId, seed: number) => ({ platform, pattern: 'constant', seed, values: { ...baseValues } });
const a = baseFor('aws-lambda', 42);

describe('the sweep in the playground link', () => {
  it('round-trips a sweep beside the settings', () => {
    const sweep = { knob: 'maxConcurrency' as const, from: 2, to: 50, points: 24, seeds: 2 };
    const query = encodePlayground({ a, b: null, sweep });
    expect(query).toContain('sweep=maxConcurrency&sweepFrom=2&sweepTo=50&sweepValues=24&sweepSeeds=2');
    const d = decodePlayground(query, baseFor, 'aws-lambda');
    expect(d.value.sweep).toEqual(sweep);
    expect(d.fallbacks).toEqual([]);
    expect(d.clamped).toEqual([]);
  });

  it('has no sweep when the link has none', () => {
    const d = decodePlayground(encodePlayground({ a, b: null }), baseFor, 'aws-lambda');
    expect(d.value.sweep).toBeUndefined();
    expect(encodePlayground({ a, b: null, sweep: null })).not.toContain('sweep');
  });

  it('a sweep alone is playground state', () => {
    expect(hasPlaygroundState(new URLSearchParams('sweep=keepAlive'))).toBe(true);
  });

  it('drops an unknown knob and says so, keeping the settings', () => {
    const d = decodePlayground('rate=7&sweep=colour&sweepFrom=1', baseFor, 'aws-lambda');
    expect(d.value.sweep).toBeUndefined();
    expect(d.value.a.values.rate).toBe(7);
    expect(d.fallbacks).toEqual(['Sweep setting']);
  });

  it('falls back on words, repairs numbers out of range, swaps a reversed range', () => {
    const d = decodePlayground('sweep=keepAlive&sweepFrom=abc&sweepTo=99999&sweepValues=500&sweepSeeds=0', baseFor, 'aws-lambda');
    expect(d.value.sweep).toEqual({ knob: 'keepAlive', from: defaultSweep('keepAlive').from, to: 7200, points: 40, seeds: 1 });
    expect(d.fallbacks).toEqual(['Sweep from']);
    expect(d.clamped).toEqual(['Sweep to', 'Sweep values', 'Sweep seeds']);
    expect(decodePlayground('sweep=rate&sweepFrom=50&sweepTo=5', baseFor, 'aws-lambda').value.sweep).toMatchObject({ from: 5, to: 50 });
  });

  it('replaces an empty range with the default one', () => {
    expect(repairSweep({ knob: 'rate', from: 5, to: 5, points: 30, seeds: 3 })).toEqual({ value: defaultSweep('rate'), repaired: ['Sweep range'] });
  });
});

describe('a playground sweep as engine jobs', () => {
  it('varies only the knob, on the same seeds at every value', () => {
    const settings = platformSettings('aws-lambda', 9);
    const { values, jobs } = jobsFor(settings, { knob: 'keepAlive', from: 1, to: 1000, points: 20, seeds: 3 });
    expect(values).toHaveLength(20);
    expect(jobs).toHaveLength(60);
    expect(jobs.slice(0, 3).map((j) => j.seed)).toEqual([9, 10, 11]);
    const scenario = jobs[4]?.scenario as { seed: number; platform: { keepAlive: number } };
    expect(scenario.platform.keepAlive).toBe(values[1]);
    expect(scenario.seed).toBe(10);
  });

  it('spaces a wide range from above zero logarithmically, others linearly', () => {
    expect(sweepSettingValues({ knob: 'keepAlive', from: 1, to: 1000, points: 20, seeds: 1 })[1]).toBeCloseTo(Math.pow(1000, 1 / 19), 3);
    expect(sweepSettingValues({ knob: 'keepAlive', from: 0, to: 190, points: 20, seeds: 1 })[1]).toBe(10);
  });
});
