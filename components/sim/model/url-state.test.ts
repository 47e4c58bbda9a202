import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allKnobIds, knobOf, knobs } from './knobs';
import { baseValues, patternIds, platformIds, type PlatformId, type SimSettings } from './settings';
import { decodePlayground, encodePlayground, hasPlaygroundState, type BaseFor } from './url-state';

// A stand-in for the engine's presets: the codec only needs "the settings of this platform".
const baseFor: BaseFor = (platform: PlatformId, seed: number) => ({
  platform,
  pattern: 'constant',
  seed,
  values: { ...baseValues, concurrency: platform === 'cloud-run' ? 80 : 1 },
});

const preset = baseFor('aws-lambda', 42);

describe('playground URL state', () => {
  it('round-trips a configuration and a compare', () => {
    const a: SimSettings = { ...preset, pattern: 'spike', seed: 7, values: { ...preset.values, rate: 3.5, keepAlive: 20, minInstances: 2 } };
    const b: SimSettings = { ...a, platform: 'cloud-run', values: { ...a.values, concurrency: 80 } };
    const decoded = decodePlayground(encodePlayground({ a, b }), baseFor, 'aws-lambda');
    expect(decoded.value).toEqual({ a, b });
    expect(decoded.fallbacks).toEqual([]);
    expect(decoded.clamped).toEqual([]);
  });

  it('round-trips any in-range settings', () => {
    const settings = fc.record({
      platform: fc.constantFrom(...platformIds),
      pattern: fc.constantFrom(...patternIds),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      values: fc.record(
        Object.fromEntries(
          allKnobIds.map((id) => {
            const k = knobOf(id);
            // Six significant digits is what the link keeps.
            const arb = k.integer
              ? fc.integer({ min: k.min, max: k.max })
              : fc.double({ min: k.min, max: k.max, noNaN: true }).map((v) => Number(v.toPrecision(6)));
            return [id, arb];
          }),
        ) as { [K in keyof SimSettings['values']]: fc.Arbitrary<number> },
      ),
    });
    fc.assert(
      fc.property(settings, fc.boolean(), (a, compare) => {
        const b = compare ? { ...a, platform: 'knative' as const } : null;
        expect(decodePlayground(encodePlayground({ a, b }), baseFor, 'aws-lambda').value).toEqual({ a, b });
      }),
    );
  });

  it('clamps values out of range and says which', () => {
    const { value, clamped, fallbacks } = decodePlayground('platform=aws-lambda&rate=99999&minInstances=-3&memoryMB=64', baseFor, 'aws-lambda');
    expect(value.a.values.rate).toBe(knobs.rate.max);
    expect(value.a.values.minInstances).toBe(0);
    expect(value.a.values.memoryMB).toBe(128);
    expect(clamped).toEqual(['Request rate', 'Min instances', 'Memory']);
    expect(fallbacks).toEqual([]);
  });

  it('rounds counts without calling it a repair', () => {
    const { value, clamped } = decodePlayground('minInstances=2.4', baseFor, 'aws-lambda');
    expect(value.a.values.minInstances).toBe(2);
    expect(clamped).toEqual([]);
  });

  it('falls back to the preset for garbage and flags it', () => {
    const { value, fallbacks } = decodePlayground('platform=mainframe&pattern=chaos&rate=lots&keepAlive=&seed=1.5&b.rate=NaN&compare=1', baseFor, 'cloud-run');
    expect(value.a.platform).toBe('cloud-run');
    expect(value.a.pattern).toBe('constant');
    expect(value.a.values.rate).toBe(baseValues.rate);
    expect(value.a.values.keepAlive).toBe(baseValues.keepAlive);
    expect(value.a.values.concurrency).toBe(80);
    expect(value.a.seed).toBe(42);
    expect(value.b?.values.rate).toBe(baseValues.rate);
    expect(fallbacks).toEqual(['platform', 'seed', 'Request rate', 'Keep-alive', 'Traffic pattern', 'Configuration B: Request rate']);
  });

  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const { value } = decodePlayground(junk, baseFor, 'aws-lambda');
        for (const id of allKnobIds) expect(Number.isFinite(value.a.values[id])).toBe(true);
      }),
    );
  });

  it('knows an empty query from a link', () => {
    expect(hasPlaygroundState(new URLSearchParams(''))).toBe(false);
    expect(hasPlaygroundState(new URLSearchParams('utm=x'))).toBe(false);
    expect(hasPlaygroundState(new URLSearchParams('rate=3'))).toBe(true);
    expect(hasPlaygroundState(new URLSearchParams('compare=1&b.platform=cloud-run'))).toBe(true);
  });

  it('shares one seed between the two configurations', () => {
    const { value } = decodePlayground('seed=9&compare=1&b.platform=knative', baseFor, 'aws-lambda');
    expect(value.b?.seed).toBe(9);
    expect(value.b?.platform).toBe('knative');
  });
});
