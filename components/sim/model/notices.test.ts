import { describe, expect, it } from 'vitest';
import { parseScenario } from '@/simulations';
import { effectiveValues, heldText } from './effective';
import { repairNotice } from './notice-text';
import { overloadFor } from './overload';
import { platformSettings, toScenarioInput } from './sim-run';
import type { SimSettings } from './settings';
import { decodePlayground } from './url-state';
import { technicalText, widgetErrorAdvice } from './widget-error';

const lambda = platformSettings('aws-lambda', 42);
const withValues = (s: SimSettings, values: Partial<SimSettings['values']>, pattern = s.pattern): SimSettings => ({ ...s, pattern, values: { ...s.values, ...values } });

describe('values the run uses', () => {
  it('holds Min instances at Max concurrency, says why, and the run uses the held value', () => {
    const s = decodePlayground('minInstances=1000&maxConcurrency=1', platformSettings, 'aws-lambda').value.a;
    expect(s.values.minInstances).toBe(1000);
    const { values, held } = effectiveValues(s);
    expect(values.minInstances).toBe(1);
    expect(held.map(heldText)).toEqual(['Min instances is 1, not 1,000: it cannot be more than Max concurrency (1).']);
    expect(parseScenario(toScenarioInput(s)).platform.minInstances).toBe(1);
  });

  it('holds a spike burst within its period, only for spiky traffic', () => {
    const s = withValues(lambda, { spikeWidth: 400, spikePeriod: 300 }, 'spike');
    expect(effectiveValues(s).held.map(heldText)).toEqual([
      'Burst length is 300 s, not 400 s: a burst cannot last longer than the time from one burst to the next (300 s).',
    ]);
    expect(parseScenario(toScenarioInput(s)).traffic.width).toBe(300);
    expect(effectiveValues({ ...s, pattern: 'constant' }).held).toEqual([]);
  });

  it('leaves consistent settings alone (the same object, so memoised views stay put)', () => {
    expect(effectiveValues(lambda).values).toBe(lambda.values);
    expect(effectiveValues(lambda).held).toEqual([]);
  });
});

describe('the playground notice about repaired settings', () => {
  it('names the link when the values came from a link', () => {
    expect(repairNotice('link', ['Keep-alive'], ['Request rate'])).toEqual([
      { lead: 'Some values in the link could not be read', rest: ' and were reset to the preset: Keep-alive.' },
      { lead: 'Some values in the link were out of range', rest: ' and were brought within it: Request rate.' },
    ]);
  });

  it('names this device when they came from storage, and says nothing when nothing was repaired', () => {
    expect(repairNotice('storage', ['seed'], []).map((l) => l.lead + l.rest)).toEqual([
      'Some settings saved on this device could not be read and were reset to the preset: seed.',
    ]);
    expect(repairNotice('link', [], [])).toEqual([]);
  });
});

describe('the overload warning', () => {
  it('tells of the issue’s always-on VM in plain words', () => {
    const vm = withValues(platformSettings('always-on-vm', 42), { fleetSize: 1, rate: 1000, serviceTime: 60, duration: 86400 });
    expect(overloadFor(vm)).toBe(
      'Overloaded: requests arrive 30,000× faster than one instance can serve them; the queue grows without end. 1,000 requests a second arrive; at most 0.0333 a second can be served.',
    );
  });

  it('says where the excess goes on each kind of queue', () => {
    const slow = { rate: 1000, serviceTime: 60, maxConcurrency: 10 };
    expect(overloadFor(withValues(lambda, slow))).toMatch(/6,000× faster than 10 instances can serve them; the rest are turned away \(throttled\)\./);
    expect(overloadFor(withValues(lambda, { ...slow, queueSize: 500 }))).toMatch(/the queue fills up \(500 places\) and the rest are turned away\./);
    expect(overloadFor(withValues(platformSettings('cloud-run', 42), { ...slow, concurrency: 1 }))).toMatch(/give up after 10 s/);
    expect(overloadFor(withValues(lambda, { rate: 50, serviceTime: 0.2, maxConcurrency: 10 }))).toMatch(/^Overloaded: requests arrive as fast as 10 instances/);
  });

  it('stays silent for every configuration that keeps up, the defaults and the busiest spike included', () => {
    expect(overloadFor(lambda)).toBeNull();
    // Bursts above capacity that drain between them are not an overload.
    expect(overloadFor(withValues(lambda, { rate: 20, serviceTime: 0.5, maxConcurrency: 50, spikeBase: 10 }, 'spike'))).toBeNull();
  });
});

describe('the widget error box', () => {
  it('blames the connection, in plain words, when the code did not arrive', () => {
    const e = new Error('Failed to load chunk /_next/static/chunks/0f3a.js from module 16334');
    expect(widgetErrorAdvice(e)).toMatch(/^Its code did not arrive/);
    expect(widgetErrorAdvice(Object.assign(new Error('Loading chunk 7 failed.'), { name: 'ChunkLoadError' }))).toMatch(/connection/);
    expect(technicalText(e)).toBe('Error: Failed to load chunk /_next/static/chunks/0f3a.js from module 16334');
  });

  it('does not blame the connection for a fault inside the widget', () => {
    expect(widgetErrorAdvice(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatch(/^Something went wrong inside it/);
  });
});
