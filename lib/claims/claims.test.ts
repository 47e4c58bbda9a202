import { describe, expect, it } from 'vitest';
import { checkClaims, validate } from './check';
import { direction, holds, isRight, outcomeOf, runToEnd, settingsFor } from './run';
import type { ExperimentSpec, LessonClaim } from './spec';
import { describeChange } from './metrics';
import { describeSettingsChange } from './describe';

const at = (spec: LessonClaim) => ({ where: 'lesson.mdx:7', spec });

const keepAliveShort: ExperimentSpec = {
  id: 'keep-alive-short',
  widget: 'scale-to-zero',
  preset: 'sparse-traffic',
  change: { keepAlive: 10 },
  metric: 'coldStartFraction',
  question: 'What happens to cold starts?',
  choices: [
    { id: 'up', label: 'Up', when: 'up' },
    { id: 'same', label: 'Same', when: 'same' },
    { id: 'down', label: 'Down', when: 'down' },
  ],
  expect: 'up',
  explain: 'Gaps outlast the keep-alive.',
};

describe('claims through the engine', () => {
  it('holds for a true claim and fails a false one, naming the claim and the figures', () => {
    const truth: LessonClaim = { widget: 'scale-to-zero', preset: 'sparse-traffic', change: { keepAlive: 10 }, metric: 'coldStartFraction', expect: 'up', says: 'Cold starts goes up' };
    expect(checkClaims([at(truth)], [], [42, 1]).errors).toEqual([]);
    const lie = { ...truth, expect: 'down' as const, says: 'Cold starts goes down' };
    const [error] = checkClaims([at(lie)], [], [42, 1]).errors;
    expect(error).toMatch(/^lesson\.mdx:7: <Claim> "Cold starts goes down": expected Cold starts to go down by at least 2 percentage points/);
    expect(error).toMatch(/seed 42: \d+(\.\d)?% → \d+(\.\d)?%, seed 1: /);
  });

  it('fails a real change too small to see (the old sparse traffic: 2.7% → 3.4%)', () => {
    const weak: LessonClaim = {
      widget: 'scale-to-zero',
      preset: 'sparse-traffic',
      change: { keepAlive: 10, rate: 0.5, onDuration: 30, offDuration: 600 },
      metric: 'coldStartFraction',
      expect: 'up',
      says: 'Cold starts goes up',
    };
    // The baseline of this claim is the preset, so compare like with like: old traffic at both keep-alives.
    const before = runToEnd(settingsFor(weak, { rate: 0.5, onDuration: 30, offDuration: 600 }, 42)).summary.coldStartFraction;
    const after = runToEnd(settingsFor(weak, weak.change, 42)).summary.coldStartFraction;
    expect(after - before).toBeLessThan(0.02);
    expect(holds('up', 'coldStartFraction', before, after)).toBe(false);
    expect(direction('coldStartFraction', before, after)).not.toBe('down');
  });

  it('checks levels: instances fall to zero under sparse traffic, not with a provisioned one', () => {
    const zero: LessonClaim = { widget: 'scale-to-zero', preset: 'sparse-traffic', metric: 'lowestInstances', expect: { below: 0.5 }, says: 'falls to 0' };
    expect(checkClaims([at(zero)], [], [42]).errors).toEqual([]);
    expect(checkClaims([at({ ...zero, preset: 'provisioned' })], [], [42]).errors[0]).toMatch(/expected Fewest instances below 0.5 \(scale-to-zero\/provisioned\); measured seed 42: 1$/);
  });

  it('grades an experiment by the run: the choice the engine makes right, with the figures quoted', () => {
    const before = runToEnd(settingsFor(keepAliveShort, undefined, 42));
    const after = runToEnd(settingsFor(keepAliveShort, keepAliveShort.change, 42));
    const outcome = outcomeOf(keepAliveShort, before, after);
    expect(outcome.fitting).toEqual(['up']);
    expect(isRight(keepAliveShort, outcome, 'up')).toBe(true);
    expect(isRight(keepAliveShort, outcome, 'same')).toBe(false);
    expect(describeChange('coldStartFraction', outcome.before, outcome.after)).toMatch(/^Cold starts went from \d+(\.\d)?% to \d+(\.\d)?%$/);
    expect(outcome.after).toBeGreaterThan(outcome.before + 0.02);
  });

  it('fails an experiment whose expected answer the engine does not give', () => {
    expect(checkClaims([], [{ where: 'x.mdx:3', spec: keepAliveShort }], [42]).errors).toEqual([]);
    const wrong = { ...keepAliveShort, expect: 'down' };
    expect(checkClaims([], [{ where: 'x.mdx:3', spec: wrong }], [42]).errors[0]).toMatch(/^x\.mdx:3: <Experiment> "keep-alive-short": the engine makes "up" right, not "down"; measured seed 42: /);
  });

  it('grades a numeric prediction within its tolerance of the engine figure', () => {
    const busy: ExperimentSpec = { ...keepAliveShort, id: 'busy', widget: 'autoscaling', preset: 'steady', change: { rate: 200 }, metric: 'avgBusyInstances', choices: undefined, tolerance: 0.2, expect: 100 };
    const outcome = outcomeOf(busy, runToEnd(settingsFor(busy, undefined, 42)), runToEnd(settingsFor(busy, busy.change, 42)));
    expect(outcome.after).toBeGreaterThan(90);
    expect(outcome.after).toBeLessThan(110);
    expect(isRight(busy, outcome, '100')).toBe(true);
    expect(isRight(busy, outcome, '50')).toBe(false);
    expect(isRight(busy, outcome, 'many')).toBe(false);
    expect(checkClaims([], [{ where: 'a.mdx:1', spec: { ...busy, expect: 150 } }], [42]).errors[0]).toMatch(/the expected answer 150 is not within 20 %/);
  });

  it('names each malformed prop', () => {
    expect(validate({ widget: 'nope', metric: 'speed', says: '', expect: 'sideways' }, 'Claim')).toEqual([
      'widget: one of autoscaling, scale-to-zero, cold-start, cost',
      'metric: "speed" is not a metric',
      'says: the words of the sentence this claim backs',
      'expect: "up", "down", "same", {{ above: n }}, {{ below: n }} or {{ near: n, tolerance: t }}',
    ]);
    const bad = validate({ ...keepAliveShort, change: { keepAlive: '10', warp: 3 }, choices: [{ id: 'a', label: 'A', when: 'up' }, { id: 'a', label: 'B', when: 'down' }], expect: 'z' }, 'Experiment');
    expect(bad).toEqual(['change.keepAlive: a number in engine units', 'change.warp: not a knob', 'choices.1.id: "a" is used twice', 'expect: the id of the choice the run should make right (a)']);
  });

  it('describes a change in the controls\' words and units', () => {
    expect(describeSettingsChange({ keepAlive: 10 })).toBe('Keep-alive 10 s');
    expect(describeSettingsChange({ serviceTime: 0.5, pattern: 'constant' })).toBe('Service time 500 ms, Traffic pattern Steady');
  });
});
