import { afterEach, expect, it, vi } from 'vitest';

const RealFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = RealFunction;
});

/**
 * Under the site's CSP (no 'unsafe-eval') any use of the Function constructor is refused and
 * reported as a violation: zod's eval probe was one on every page with a simulation.
 */
it('builds the schemas and parses a scenario without the Function constructor', async () => {
  const calls: unknown[][] = [];
  const record = (args: unknown[]) => {
    calls.push(args);
    return Reflect.construct(RealFunction, args) as (...a: unknown[]) => unknown;
  };
  globalThis.Function = new Proxy(RealFunction, { construct: (_t, args) => record(args), apply: (_t, _this, args) => record(args) });
  vi.resetModules();
  const { parseScenario, presets } = await import('@/simulations');
  const scenario = parseScenario(presets['aws-lambda']);
  globalThis.Function = RealFunction;
  expect(scenario.platform.policy).toBe('per-request');
  expect(calls).toEqual([]);
});
