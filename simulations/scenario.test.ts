import { describe, expect, it } from 'vitest';
import { mergeScenario, parseScenario, presets, ScenarioError, scenarioToInput, type PresetName } from './index';
import { resolveTarget } from './knative';

function errorOf(input: unknown): ScenarioError {
  try {
    parseScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('expected a ScenarioError');
}

describe('parseScenario', () => {
  it('accepts the issue example as written and fills the rest', () => {
    const s = parseScenario({
      seed: 42,
      duration: 100000,
      warmup: 0,
      traffic: { pattern: 'constant', rate: 10 },
      function: { service: { dist: 'exponential', mean: 0.2 }, coldStart: { dist: 'exponential', mean: 1.0 }, concurrency: 1, memoryMB: 128 },
      platform: { policy: 'per-request', keepAlive: 60, maxConcurrency: 1000, minInstances: 0 },
    });
    expect(s.sampleInterval).toBe(1);
    expect(s.sampleLimit).toBe(600);
    expect(s.platform.queue).toEqual({ size: 0, timeout: Infinity });
    expect(s.cost.perGBSecond).toBe(0.0000166667);
    expect(s.changes).toEqual([]);
  });

  it('an empty scenario is valid: every field has a default', () => {
    const s = parseScenario({});
    expect(s.traffic.pattern).toBe('constant');
    expect(s.platform.policy).toBe('per-request');
  });

  it.each([
    [{ traffic: { rate: 10, burst: 3 } }, 'traffic.burst', 'unknown field'],
    [{ colour: 'red' }, 'colour', 'unknown field'],
    [{ traffic: { rate: -1 } }, 'traffic.rate', 'must be ≥ 0'],
    [{ function: { service: { dist: 'exponential' } } }, 'function.service.mean', 'required'],
    [{ function: { coldStart: { dist: 'lognormal', cv: 1 } } }, 'function.coldStart.mean', 'required'],
    [{ function: { service: { dist: 'weibull', mean: 1 } } }, 'function.service.dist', 'must be one of'],
    [{ function: { service: { mean: 0 } } }, 'function.service.mean', 'must be > 0'],
    [{ function: { concurrency: 1.5 } }, 'function.concurrency', 'must be a whole number'],
    [{ traffic: { rate: '10' } }, 'traffic.rate', 'must be a number'],
    [{ platform: { policy: 'magic' } }, 'platform.policy', 'must be one of'],
    [{ platform: { minInstances: 20, maxConcurrency: 10 } }, 'platform.minInstances', 'must not exceed'],
    [{ traffic: { pattern: 'spike', width: 400, period: 300 } }, 'traffic.width', 'must not exceed'],
    [{ traffic: { pattern: 'steps', steps: [{ at: 10, rate: 1 }, { at: 5, rate: 2 }] } }, 'traffic.steps.1.at', 'time order'],
    [{ duration: 100, warmup: 100 }, 'warmup', 'less than duration'],
    [{ preset: 'heroku' }, 'preset', 'must be one of'],
    [{ changes: [{ at: 10, set: { 'traffic.rate': -5 } }] }, 'changes.0.set.traffic.rate', 'must be ≥ 0'],
    [{ changes: [{ at: 10, set: { 'platform.policy': 'fixed' } }] }, 'changes.0.set.platform.policy', 'cannot be changed'],
    [{ duration: 100, changes: [{ at: 200, set: { 'traffic.rate': 1 } }] }, 'changes.0.at', 'after duration'],
  ])('%j → %s: %s', (input, path, message) => {
    const e = errorOf(input);
    expect(e.path).toBe(path);
    expect(e.message.startsWith(`${path}: `)).toBe(true);
    expect(e.message).toContain(message);
  });

  it('rejects what is not an object', () => {
    expect(errorOf([1, 2]).message).toMatch(/JSON object/);
    expect(errorOf(null).message).toMatch(/JSON object/);
  });

  it('queues default by policy: none per request, unbounded otherwise', () => {
    expect(parseScenario({ platform: { policy: 'per-request' } }).platform.queue.size).toBe(0);
    expect(parseScenario({ platform: { policy: 'fixed' } }).platform.queue.size).toBe(Infinity);
    expect(parseScenario({ platform: { policy: 'target-tracking' } }).platform.queue.size).toBe(Infinity);
    expect(parseScenario({ platform: { queue: { timeout: 10 } } }).platform.queue).toEqual({ size: Infinity, timeout: 10 });
  });

  it('sorts scripted changes by time, keeping the written order at equal times', () => {
    const s = parseScenario({
      changes: [
        { at: 20, set: { 'traffic.rate': 3 } },
        { at: 10, set: { 'traffic.rate': 1 } },
        { at: 20, set: { 'traffic.rate': 4 } },
      ],
    });
    expect(s.changes.map((c) => c.set['traffic.rate'])).toEqual([1, 3, 4]);
  });

  it('round-trips through scenarioToInput (Infinity written as null)', () => {
    const s = parseScenario({ preset: 'knative', traffic: { rate: 5 }, changes: [{ at: 5, set: { 'traffic.rate': 6 } }] });
    const input = scenarioToInput(s);
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    expect(parseScenario(JSON.parse(JSON.stringify(input)))).toEqual(s);
  });
});

describe('presets and mergeScenario', () => {
  it.each(Object.keys(presets) as PresetName[])('%s parses on its own and by name', (name) => {
    const direct = parseScenario(presets[name]);
    const named = parseScenario({ preset: name });
    expect(named).toEqual(direct);
  });

  it('the named preset is overridden field by field', () => {
    const s = parseScenario({ preset: 'cloud-run', function: { memoryMB: 1024 } });
    expect(s.function.memoryMB).toBe(1024);
    expect(s.function.concurrency).toBe(80);
    expect(s.platform.queue.timeout).toBe(10);
  });

  it('presets carry the platform values the course teaches', () => {
    expect(parseScenario(presets['aws-lambda']).platform.scaleUpLimit).toEqual({ instances: 1000, per: 10 });
    expect(parseScenario(presets['aws-lambda-provisioned']).platform.minInstances).toBeGreaterThan(0);
    expect(parseScenario(presets['cloud-run']).function.concurrency).toBe(80);
    const kn = parseScenario(presets.knative);
    const k = kn.platform;
    expect(k.policy).toBe('target-tracking');
    expect(resolveTarget(k.autoscaler, kn.function.concurrency)).toBeCloseTo(70, 12);
    expect(parseScenario(presets['always-on-vm']).platform.policy).toBe('fixed');
  });

  it('mergeScenario merges objects deeply and replaces arrays and values', () => {
    const m = mergeScenario(
      { traffic: { pattern: 'steps', steps: [{ at: 1, rate: 1 }] }, function: { service: { dist: 'constant', mean: 1 } } },
      { traffic: { steps: [{ at: 2, rate: 2 }] }, function: { service: { mean: 2 } } },
      { platform: { scaleUpLimit: null } },
    );
    expect(m).toEqual({
      traffic: { pattern: 'steps', steps: [{ at: 2, rate: 2 }] },
      function: { service: { dist: 'constant', mean: 2 } },
      platform: { scaleUpLimit: null },
    });
  });
});
