/**
 * The content check's half of claims: every <Claim> and <Experiment> of every lesson is run through
 * the engine over several seeds, and any that does not hold fails the build with its figures.
 */
import { isKnobId } from '../../components/sim/model/knobs';
import { widgets, type WidgetKind } from '../../components/sim/widgets';
import { isPatternId, type SimSettings } from '../../components/sim/model/settings';
import { isMetricId, metricOf, type MetricId, type RunFigures } from './metrics';
import { checkSeeds, holds, isRight, outcomeOf, runToEnd, settingsFor, visible } from './run';
import type { Expectation, ExperimentSpec, LessonClaim } from './spec';

export interface Located<T> {
  /** Where the element is: "content/lessons/x/y.mdx:31". */
  where: string;
  spec: T;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkChange(change: unknown, field: string, errors: string[]) {
  if (change === undefined) return;
  if (!isObject(change)) return errors.push(`${field}: an object of knob values, e.g. {{ keepAlive: 10 }}`);
  for (const [key, value] of Object.entries(change)) {
    if (key === 'pattern') {
      if (!isPatternId(value)) errors.push(`${field}.pattern: "${String(value)}" is not a traffic pattern`);
    } else if (!isKnobId(key)) errors.push(`${field}.${key}: not a knob`);
    else if (typeof value !== 'number' || !Number.isFinite(value)) errors.push(`${field}.${key}: a number in engine units`);
  }
}

function checkExpectation(expect: unknown, field: string, errors: string[], allowNear = true) {
  if (expect === 'up' || expect === 'down' || expect === 'same') return;
  if (isObject(expect)) {
    const keys = Object.keys(expect).sort().join(',');
    const nums = Object.values(expect).every((v) => typeof v === 'number' && Number.isFinite(v));
    if (nums && (keys === 'above' || keys === 'below' || (allowNear && keys === 'near,tolerance'))) return;
  }
  errors.push(`${field}: "up", "down", "same", {{ above: n }}, {{ below: n }}${allowNear ? ' or {{ near: n, tolerance: t }}' : ''}`);
}

/** Shape errors for one claim or experiment, each naming its prop. */
export function validate(spec: Record<string, unknown>, element: 'Claim' | 'Experiment'): string[] {
  const errors: string[] = [];
  const kind = spec.widget;
  if (typeof kind !== 'string' || !Object.hasOwn(widgets, kind)) errors.push(`widget: one of ${Object.keys(widgets).join(', ')}`);
  else if (typeof spec.preset !== 'string' || !Object.hasOwn(widgets[kind as WidgetKind].presets, spec.preset)) {
    errors.push(`preset: one of ${Object.keys(widgets[kind as WidgetKind].presets).join(', ')}`);
  }
  if (!isMetricId(spec.metric)) errors.push(`metric: "${String(spec.metric)}" is not a metric`);
  checkChange(spec.change, 'change', errors);
  if (element === 'Claim') {
    if (typeof spec.says !== 'string' || spec.says.trim() === '') errors.push('says: the words of the sentence this claim backs');
    checkExpectation(spec.expect, 'expect', errors);
    if ((spec.expect === 'up' || spec.expect === 'down' || spec.expect === 'same') && spec.change === undefined) errors.push('change: a claim that something goes up, down or stays needs a change to compare');
    return errors;
  }
  if (spec.change === undefined) errors.push('change: what "Run it" applies');
  for (const prop of ['id', 'question', 'explain'] as const) {
    if (typeof spec[prop] !== 'string' || (spec[prop] as string).trim() === '') errors.push(`${prop}: required text`);
  }
  if (spec.choices === undefined) {
    if (typeof spec.expect !== 'number') errors.push('expect: the number a learner should predict (no choices given)');
    if (spec.tolerance !== undefined && !(typeof spec.tolerance === 'number' && spec.tolerance > 0 && spec.tolerance < 1)) errors.push('tolerance: between 0 and 1');
    return errors;
  }
  if (!Array.isArray(spec.choices) || spec.choices.length < 2 || spec.choices.length > 4) return [...errors, 'choices: 2 to 4 choices'];
  const ids = new Set<string>();
  spec.choices.forEach((c: unknown, i) => {
    if (!isObject(c) || typeof c.id !== 'string' || typeof c.label !== 'string' || c.label.trim() === '') {
      errors.push(`choices.${i}: { id, label, when }`);
      return;
    }
    if (ids.has(c.id)) errors.push(`choices.${i}.id: "${c.id}" is used twice`);
    ids.add(c.id);
    checkExpectation(c.when, `choices.${i}.when`, errors, false);
  });
  if (typeof spec.expect !== 'string' || !ids.has(spec.expect)) errors.push(`expect: the id of the choice the run should make right (${[...ids].join(', ')})`);
  return errors;
}

function describeExpectation(metric: MetricId, expect: Expectation): string {
  const m = metricOf(metric);
  const step = m.kind === 'fraction' ? `${visible.fraction * 100} percentage points` : `${visible.relative * 100} %`;
  if (expect === 'up') return `${m.label} to go up by at least ${step}`;
  if (expect === 'down') return `${m.label} to go down by at least ${step}`;
  if (expect === 'same') return `${m.label} to stay within half of ${step}`;
  if ('near' in expect) return `${m.label} within ${expect.tolerance * 100} % of ${m.format(expect.near)}`;
  if ('above' in expect) return `${m.label} above ${m.format(expect.above)}`;
  return `${m.label} below ${m.format(expect.below)}`;
}

export interface ClaimsReport {
  errors: string[];
  claims: number;
  experiments: number;
  runs: number;
}

/** Runs each claim and experiment over the seeds; a run shared by several is computed once. */
export function checkClaims(claims: Located<LessonClaim>[], experiments: Located<ExperimentSpec>[], seeds: readonly number[] = checkSeeds): ClaimsReport {
  const cache = new Map<string, RunFigures>();
  const run = (s: SimSettings) => {
    const key = JSON.stringify(s);
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = runToEnd(s)));
    return hit;
  };
  const errors: string[] = [];
  const figures = (metric: MetricId, pairs: { seed: number; before?: number; after: number }[]) =>
    pairs.map((p) => `seed ${p.seed}: ${p.before === undefined ? '' : `${metricOf(metric).format(p.before)} → `}${metricOf(metric).format(p.after)}`).join(', ');

  for (const { where, spec } of claims) {
    const shape = validate(spec as unknown as Record<string, unknown>, 'Claim');
    if (shape.length) {
      errors.push(...shape.map((e) => `${where}: <Claim> ${e}`));
      continue;
    }
    const read = metricOf(spec.metric).read;
    const pairs = seeds.map((seed) => ({
      seed,
      before: spec.change && typeof spec.expect === 'string' ? read(run(settingsFor(spec, undefined, seed))) : undefined,
      after: read(run(settingsFor(spec, spec.change, seed))),
    }));
    if (!pairs.every((p) => holds(spec.expect, spec.metric, p.before, p.after))) {
      errors.push(`${where}: <Claim> "${spec.says}": expected ${describeExpectation(spec.metric, spec.expect)} (${spec.widget}/${spec.preset}${spec.change ? ` with ${JSON.stringify(spec.change)}` : ''}); measured ${figures(spec.metric, pairs)}`);
    }
  }

  for (const { where, spec } of experiments) {
    const shape = validate(spec as unknown as Record<string, unknown>, 'Experiment');
    if (shape.length) {
      errors.push(...shape.map((e) => `${where}: <Experiment> ${e}`));
      continue;
    }
    const label = `<Experiment> "${spec.id}"`;
    const outcomes = seeds.map((seed) => ({ seed, ...outcomeOf(spec, run(settingsFor(spec, undefined, seed)), run(settingsFor(spec, spec.change, seed))) }));
    const measured = figures(spec.metric, outcomes);
    if (!spec.choices) {
      if (!outcomes.every((o) => isRight(spec, o, String(spec.expect)))) {
        errors.push(`${where}: ${label}: the expected answer ${spec.expect} is not within ${(spec.tolerance ?? 0.2) * 100} % of the engine's figure; measured ${measured}`);
      }
      continue;
    }
    const expected = spec.choices.find((c) => c.id === spec.expect);
    for (const o of outcomes) {
      if (o.fitting.length !== 1) {
        errors.push(`${where}: ${label}: seed ${o.seed} fits ${o.fitting.length ? o.fitting.join(' and ') : 'no choice'} (${measured}); exactly one choice must fit every run`);
        break;
      }
    }
    if (!outcomes.every((o) => o.answer === spec.expect)) {
      errors.push(`${where}: ${label}: the engine makes "${outcomes.map((o) => o.answer || '(none)').join('", "')}" right, not "${spec.expect}"; measured ${measured}`);
    } else if (expected && !outcomes.every((o) => holds(expected.when, spec.metric, o.before, o.after))) {
      errors.push(`${where}: ${label}: the effect is too small to see: expected ${describeExpectation(spec.metric, expected.when)}; measured ${measured}`);
    }
  }
  return { errors, claims: claims.length, experiments: experiments.length, runs: cache.size };
}
