/**
 * The scenario: everything a run depends on, as plain JSON. Parsing is strict (an unknown field
 * is an error, because a misspelt knob silently ignored is the worst kind of wrong answer) and
 * every error names the field it is about, e.g. "function.service.mean: required".
 */
import * as z from '../lib/zod';
import { presets } from './presets';
import type { Distribution } from './distributions';
import type { Autoscaler, Change, CostSpec, PresetName, Scenario, ScenarioInput, SetValue } from './types';

export type {
  Autoscaler,
  Billing,
  Change,
  CostSpec,
  FunctionSpec,
  Platform,
  Policy,
  PresetName,
  Queue,
  Scenario,
  ScenarioInput,
  SetValue,
} from './types';

export class ScenarioError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ScenarioError';
    this.path = path;
  }
}

// ---------------------------------------------------------------- schema (shape and ranges)

const num = () => z.number();
const pos = () => z.number().positive();
const nonneg = () => z.number().min(0);
const count = () => z.number().int().min(0);

const distribution = z.strictObject({
  dist: z.enum(['exponential', 'constant', 'lognormal']).optional(),
  mean: nonneg(),
  cv: nonneg().optional(),
});

const schema = z.strictObject({
  preset: z.enum(Object.keys(presets) as [PresetName, ...PresetName[]]).optional(),
  seed: z.number().int().optional(),
  duration: pos().optional(),
  warmup: nonneg().optional(),
  sampleInterval: pos().optional(),
  sampleLimit: z.number().int().min(1).max(1_000_000).optional(),
  traffic: z
    .strictObject({
      pattern: z.enum(['constant', 'steps', 'spike', 'diurnal', 'onoff', 'ramp']).optional(),
      rate: nonneg().optional(),
      steps: z.array(z.strictObject({ at: nonneg(), rate: nonneg() })).optional(),
      height: nonneg().optional(),
      width: nonneg().optional(),
      period: pos().optional(),
      amplitude: z.number().min(0).max(1).optional(),
      on: pos().optional(),
      off: nonneg().optional(),
      from: nonneg().optional(),
      to: nonneg().optional(),
      over: pos().optional(),
    })
    .optional(),
  function: z
    .strictObject({
      service: distribution.optional(),
      coldStart: distribution.optional(),
      concurrency: z.number().int().min(0).optional(),
      memoryMB: pos().optional(),
    })
    .optional(),
  platform: z
    .strictObject({
      policy: z.enum(['per-request', 'target-tracking', 'fixed']).optional(),
      keepAlive: nonneg().optional(),
      maxConcurrency: z.number().int().min(1).optional(),
      minInstances: count().optional(),
      instances: count().optional(),
      queue: z.strictObject({ size: count().nullable().optional(), timeout: nonneg().nullable().optional() }).optional(),
      scaleUpLimit: z
        .strictObject({ instances: z.number().int().min(1).optional(), per: pos().optional() })
        .nullable()
        .optional(),
      autoscaler: z
        .strictObject({
          target: pos().nullable().optional(),
          targetUtilization: z.number().positive().max(1).optional(),
          stableWindow: z.number().min(1).max(3600).optional(),
          panicWindowPercentage: z.number().min(1).max(100).optional(),
          panicThreshold: z.number().min(110).max(1000).optional(),
          tick: z.number().min(0.5).max(60).optional(),
          scaleToZeroGrace: nonneg().optional(),
          maxScaleUpRate: z.number().gt(1).optional(),
          maxScaleDownRate: z.number().gt(1).optional(),
        })
        .optional(),
    })
    .optional(),
  cost: z
    .strictObject({
      perMillionRequests: nonneg().optional(),
      perGBSecond: nonneg().optional(),
      perGBSecondProvisioned: nonneg().optional(),
      perGBSecondOnProvisioned: nonneg().optional(),
      perInstanceSecond: nonneg().optional(),
      perInstanceHour: nonneg().optional(),
      billing: z.enum(['request', 'instance']).optional(),
      baselineInstances: nonneg().optional(),
    })
    .optional(),
  changes: z
    .array(z.strictObject({ at: nonneg(), set: z.record(z.string(), z.union([num(), z.string()])) }))
    .optional(),
});

// ---------------------------------------------------------------- defaults

/**
 * Defaults describe a small AWS Lambda-like function (fact sheet, read Sept 2026):
 * Lambda us-east-1 x86 prices §2.7 ($0.20 per million requests, $0.0000166667 per GB-s);
 * default concurrency quota 1,000 §2.3; keep-alive 10 min as Shahrad et al. (2020) report for
 * AWS §4.4; cold start 0.25 s, near Shilkov's 2021 JS/Python medians §7.1; always-on baseline a
 * t4g.small at $0.0168/h §9. Provisioned prices ($0.0000041667 per GB-s allocated,
 * $0.0000097222 per GB-s of duration) are AWS list prices the fact sheet could not verify (§2.7):
 * treat them as approximate.
 */
export const defaultCost: CostSpec = {
  perMillionRequests: 0.2,
  perGBSecond: 0.0000166667,
  perGBSecondProvisioned: 0.0000041667,
  perGBSecondOnProvisioned: 0.0000097222,
  perInstanceSecond: 0,
  perInstanceHour: 0.0168,
  billing: 'request',
  baselineInstances: 1,
};

const defaultAutoscaler: Autoscaler = {
  target: null,
  targetUtilization: 0.7,
  stableWindow: 60,
  panicWindowPercentage: 10,
  panicThreshold: 200,
  tick: 2,
  scaleToZeroGrace: 30,
  maxScaleUpRate: 1000,
  maxScaleDownRate: 2,
};

type Parsed = z.infer<typeof schema>;
type ParsedDist = z.infer<typeof distribution>;

function dist(d: ParsedDist | undefined, fallback: Distribution): Distribution {
  if (!d) return { ...fallback };
  return { dist: d.dist ?? 'exponential', mean: d.mean, cv: d.cv ?? 1 };
}

function withDefaults(p: Parsed): Scenario {
  const t = p.traffic ?? {};
  const pattern = t.pattern ?? 'constant';
  const f = p.function ?? {};
  const pl = p.platform ?? {};
  const policy = pl.policy ?? 'per-request';
  const q = pl.queue;
  const unboundedByDefault = policy !== 'per-request';
  return {
    seed: p.seed ?? 1,
    duration: p.duration ?? 3600,
    warmup: p.warmup ?? 0,
    sampleInterval: p.sampleInterval ?? 1,
    sampleLimit: p.sampleLimit ?? 600,
    traffic: {
      pattern,
      rate: t.rate ?? 10,
      steps: (t.steps ?? []).map((s) => ({ at: s.at, rate: s.rate })),
      height: t.height ?? 100,
      width: t.width ?? 10,
      period: t.period ?? (pattern === 'diurnal' ? 86400 : 300),
      amplitude: t.amplitude ?? 0.8,
      on: t.on ?? 60,
      off: t.off ?? 300,
      from: t.from ?? 0,
      to: t.to ?? 100,
      over: t.over ?? 3600,
    },
    function: {
      service: dist(f.service, { dist: 'exponential', mean: 0.1, cv: 1 }),
      coldStart: dist(f.coldStart, { dist: 'exponential', mean: 0.25, cv: 1 }),
      concurrency: f.concurrency ?? 1,
      memoryMB: f.memoryMB ?? 128,
    },
    platform: {
      policy,
      keepAlive: pl.keepAlive ?? 600,
      maxConcurrency: pl.maxConcurrency ?? 1000,
      minInstances: pl.minInstances ?? 0,
      instances: pl.instances ?? 1,
      queue: {
        size: q ? (q.size ?? Infinity) : unboundedByDefault ? Infinity : 0,
        timeout: q?.timeout ?? Infinity,
      },
      scaleUpLimit: pl.scaleUpLimit ? { instances: pl.scaleUpLimit.instances ?? 1000, per: pl.scaleUpLimit.per ?? 10 } : null,
      autoscaler: { ...defaultAutoscaler, ...pl.autoscaler, target: pl.autoscaler?.target ?? null },
    },
    cost: { ...defaultCost, ...p.cost },
    changes: [],
  };
}

function crossCheck(s: Scenario): void {
  if (s.warmup >= s.duration) throw new ScenarioError('warmup', 'must be less than duration');
  const p = s.platform;
  if (p.minInstances > p.maxConcurrency) {
    throw new ScenarioError('platform.minInstances', `must not exceed platform.maxConcurrency (${p.maxConcurrency})`);
  }
  const t = s.traffic;
  if (t.width > t.period) throw new ScenarioError('traffic.width', 'must not exceed traffic.period');
  t.steps.forEach((st, i) => {
    const prev = t.steps[i - 1];
    if (prev && st.at < prev.at) throw new ScenarioError(`traffic.steps.${i}.at`, 'steps must be in time order');
  });
  if (s.function.service.mean <= 0) throw new ScenarioError('function.service.mean', 'must be > 0');
  if (s.function.concurrency === 0 && p.policy !== 'target-tracking') {
    throw new ScenarioError('function.concurrency', 'must be ≥ 1 (0, unlimited, is for target-tracking only)');
  }
}

// ---------------------------------------------------------------- errors

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(issue: z.core.$ZodIssue, input: unknown): [string, string] {
  const path = issue.path.map(String);
  const at = path.join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return [[...path, issue.keys[0] ?? ''].filter(Boolean).join('.'), 'unknown field'];
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return [at, 'required'];
      if (issue.expected === 'int') return [at, 'must be a whole number'];
      return [at, `must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`];
    case 'too_small':
      return [at, `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`];
    case 'too_big':
      return [at, `must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`];
    case 'invalid_value':
      return [at, `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`];
    default:
      return [at, issue.message];
  }
}

// ---------------------------------------------------------------- public helpers

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge of scenario fragments: objects merge, arrays and values replace, undefined is skipped. */
export function mergeScenario(base: ScenarioInput, ...overrides: ScenarioInput[]): ScenarioInput {
  const merge = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (isPlainObject(a) && isPlainObject(b)) {
      const out: Record<string, unknown> = { ...a };
      for (const [k, v] of Object.entries(b)) out[k] = merge(a[k], v);
      return out;
    }
    return b;
  };
  return overrides.reduce<unknown>((acc, o) => merge(acc, o), base) as ScenarioInput;
}

function parseBase(input: unknown): Scenario {
  if (!isPlainObject(input)) throw new ScenarioError('', 'a scenario must be a JSON object');
  let merged: unknown = input;
  if (input.preset !== undefined) {
    const name = input.preset;
    if (typeof name !== 'string' || !Object.hasOwn(presets, name)) {
      throw new ScenarioError('preset', `must be one of ${Object.keys(presets).join(', ')}`);
    }
    const { preset: _ignored, ...rest } = input;
    void _ignored;
    merged = mergeScenario(presets[name as PresetName], rest as ScenarioInput);
  }
  const r = schema.safeParse(merged);
  if (!r.success) {
    const [first, ...more] = r.error.issues.map((i) => describe(i, merged));
    const [path, msg] = first ?? ['', 'invalid scenario'];
    const extra = more.length ? `; ${more.map(([p, m]) => `${p}: ${m}`).join('; ')}` : '';
    throw new ScenarioError(path, msg + extra);
  }
  const s = withDefaults(r.data);
  crossCheck(s);
  return s;
}

/** Validates and fills defaults. Throws ScenarioError naming the first bad field. */
export function parseScenario(input: unknown): Scenario {
  const s = parseBase(input);
  const raw = isPlainObject(input) && Array.isArray(input.changes) ? (input.changes as Change[]) : [];
  // Stable sort: changes at the same time apply in the order written.
  const order = raw.map((c, i) => ({ c, i })).sort((a, b) => a.c.at - b.c.at || a.i - b.i);
  let cur = s;
  for (const { c, i } of order) {
    if (c.at > s.duration) throw new ScenarioError(`changes.${i}.at`, 'must not be after duration');
    for (const [path, value] of Object.entries(c.set)) {
      try {
        cur = applySet(cur, path, value);
      } catch (e) {
        if (e instanceof ScenarioError) throw new ScenarioError(`changes.${i}.set.${e.path}`, e.message.slice(e.path.length + 2));
        throw e;
      }
    }
  }
  s.changes = order.map(({ c }) => ({ at: c.at, set: { ...c.set } }));
  return s;
}

/** A Scenario back in input form (Infinity is written null), fit for JSON and for re-parsing. */
export function scenarioToInput(s: Scenario): ScenarioInput {
  const q = s.platform.queue;
  return {
    ...structuredClone({ ...s, changes: [] }),
    platform: {
      ...structuredClone(s.platform),
      queue: { size: Number.isFinite(q.size) ? q.size : null, timeout: Number.isFinite(q.timeout) ? q.timeout : null },
    },
    changes: s.changes.map((c) => ({ at: c.at, set: { ...c.set } })),
  };
}

// Settable although their default is null.
const nullablePaths = new Set(['platform.autoscaler.target']);

const fixedPaths = new Set(['seed', 'duration', 'warmup', 'sampleInterval', 'sampleLimit', 'platform.policy']);

/** Is `path` something Run.set may change? */
export function isSettable(path: string): boolean {
  if (fixedPaths.has(path) || path.startsWith('changes') || path.startsWith('traffic.steps')) return false;
  if (nullablePaths.has(path)) return true;
  if (path.startsWith('platform.scaleUpLimit.')) return path === 'platform.scaleUpLimit.instances' || path === 'platform.scaleUpLimit.per';
  let v: unknown = withDefaults({});
  for (const k of path.split('.')) {
    if (!isPlainObject(v) || !Object.hasOwn(v, k)) return false;
    v = v[k];
  }
  return typeof v === 'number' || typeof v === 'string';
}

/** The scenario with one field changed, validated as a whole; throws ScenarioError naming `path`. */
export function applySet(s: Scenario, path: string, value: SetValue): Scenario {
  if (!isSettable(path)) {
    const known = fixedPaths.has(path) || path.startsWith('traffic.steps') || path.startsWith('changes');
    throw new ScenarioError(path, known ? 'cannot be changed during a run' : 'unknown field');
  }
  const input = scenarioToInput(s) as Record<string, unknown>;
  input.changes = [];
  const keys = path.split('.');
  let obj = input;
  for (const k of keys.slice(0, -1)) {
    if (!isPlainObject(obj[k])) obj[k] = {};
    obj = obj[k] as Record<string, unknown>;
  }
  const unbounded = path.startsWith('platform.queue.') && value === Infinity;
  obj[keys[keys.length - 1] as string] = unbounded ? null : value;
  const next = parseBase(input);
  next.changes = s.changes;
  return next;
}
