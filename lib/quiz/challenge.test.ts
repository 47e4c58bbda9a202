import { describe, expect, it } from 'vitest';
import { loadOutline } from '@/lib/content/load';
import { loadQuiz } from '@/lib/quiz/load';
import type { ChallengeQuestion } from '@/lib/quiz/schema';
import { gradeQuestion } from './grade';
import { checkChallenge, referenceValues, runChallenge, scenarioWith, startValues } from './challenge';

const challenges = loadOutline()
  .modules.filter((m) => m.quiz)
  .flatMap((m) => loadQuiz(m.id).questions)
  .filter((q): q is ChallengeQuestion => q.type === 'challenge');

describe('simulation challenges, graded by the engine', () => {
  it('the course has at least two', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(2);
  });

  it.each(challenges.map((q) => [q.id, q] as const))('%s: the reference meets every goal, the start does not', (_id, q) => {
    expect(runChallenge(q, referenceValues(q)).met).toBe(true);
    expect(runChallenge(q, startValues(q)).met).toBe(false);
    expect(gradeQuestion(q, { type: 'challenge', values: referenceValues(q) }, checkChallenge)).toBe(true);
  });

  it('is deterministic: the same settings give the same numbers', () => {
    const q = challenges[0]!;
    const a = runChallenge(structuredClone(q), referenceValues(q));
    const b = runChallenge({ ...structuredClone(q), id: 'copy' }, referenceValues(q));
    expect(b.goals.map((g) => g.value)).toEqual(a.goals.map((g) => g.value));
  });

  it('writes the learner’s values at each knob’s path, leaving the question alone', () => {
    const q = challenges.find((c) => c.id === 'warm-without-paying')!;
    const before = JSON.stringify(q.scenario);
    const s = scenarioWith(q, { 'platform.keepAlive': 900, 'platform.minInstances': 1 }) as { platform: { keepAlive: number; minInstances: number } };
    expect(s.platform).toMatchObject({ keepAlive: 900, minInstances: 1 });
    expect(JSON.stringify(q.scenario)).toBe(before);
  });

  it('keep-alive vs min instances: a minimum instance meets the latency goal but not the budget', () => {
    const q = challenges.find((c) => c.id === 'warm-without-paying')!;
    const paid = runChallenge(q, { 'platform.keepAlive': 10, 'platform.minInstances': 1 });
    expect(paid.goals.map((g) => [g.goal.metric, g.met])).toEqual([
      ['p99Ms', true],
      ['monthlyCost', false],
    ]);
  });

  it('throttling: a limit at the average concurrency is not enough; headroom is', () => {
    const q = challenges.find((c) => c.id === 'stop-the-throttling')!;
    const at = (limit: number) => runChallenge(q, { 'platform.maxConcurrency': limit }).goals[0]!.value;
    expect(at(50)).toBeGreaterThan(5);
    expect(at(70)).toBeLessThan(1);
  });
});
