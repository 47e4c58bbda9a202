import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '@/lib/quiz/kinds';
import { loadOutline } from '@/lib/content/load';
import { loadQuiz } from '@/lib/quiz/load';
import type { ChallengeQuestion } from '@/lib/quiz/schema';
import { cornerValues, gradeChallenge, gradeChallengeStepwise, referenceValues, runChallenge, scenarioWith, startValues, sweep } from './challenge';

const challenges = loadOutline()
  .modules.filter((m) => m.quiz)
  .flatMap((m) => loadQuiz(m.id).questions)
  .filter((q): q is ChallengeQuestion => q.type === 'challenge');

const byId = (id: string) => {
  const q = challenges.find((c) => c.id === id);
  if (!q) throw new Error(`no challenge ${id}`);
  return q;
};

describe('simulation challenges, graded by the engine', () => {
  it('the course has at least four, two in each module with simulations', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(4);
  });

  it.each(challenges.map((q) => [q.id, q] as const))('%s: the reference passes, the start and the slider ends do not', async (_id, q) => {
    expect(gradeChallenge(q, referenceValues(q)).correct).toBe(true);
    expect(gradeChallenge(q, startValues(q)).correct).toBe(false);
    for (const corner of cornerValues(q)) expect(gradeChallenge(q, corner).correct).toBe(false);
    // Through the question-type record, as the quiz page grades: the engine is loaded on demand.
    expect(await gradeQuestion(q, { type: 'challenge', values: referenceValues(q) })).toBe(true);
    expect(await gradeQuestion(q, { type: 'challenge', values: startValues(q) })).toBe(false);
  });

  it('is deterministic: the same settings give the same numbers', () => {
    const q = challenges[0]!;
    const a = runChallenge(structuredClone(q), referenceValues(q));
    const b = runChallenge({ ...structuredClone(q), id: 'copy' }, referenceValues(q));
    expect(b.goals.map((g) => g.value)).toEqual(a.goals.map((g) => g.value));
  });

  it('writes the learner’s values at each knob’s path, leaving the question alone', () => {
    const q = byId('random-gaps');
    const before = JSON.stringify(q.scenario);
    const s = scenarioWith(q, { 'platform.keepAlive': 900 }) as { platform: { keepAlive: number } };
    expect(s.platform.keepAlive).toBe(900);
    expect(JSON.stringify(q.scenario)).toBe(before);
  });

  it('throttling: the maximum limit meets the goal but is not the answer; the lowest that works is', () => {
    const q = byId('reserve-just-enough');
    const at = (limit: number) => gradeChallenge(q, { 'platform.maxConcurrency': limit });
    // The average in flight (80 × 0.25 = 20) is not enough: random arrivals need headroom.
    expect(at(20).outcome.met).toBe(false);
    expect(at(30)).toMatchObject({ best: 30, correct: true });
    expect(at(35).correct).toBe(true);
    expect(at(80).outcome.met).toBe(true);
    expect(at(80).correct).toBe(false);
  });

  it('keep-alive: the average gap between random calls is far from enough', () => {
    const q = byId('random-gaps');
    const points = sweep(q, startValues(q));
    const cold = (s: number) => points.find((p) => p.value === s)?.outcome.goals[0]?.value ?? NaN;
    expect(cold(120)).toBeGreaterThan(30);
    expect(cold(420)).toBeLessThan(5);
    expect(points.map((p) => p.value)).toEqual(q.knobs[0]!.stops);
  });

  it('grades stepwise exactly as in one go, yielding between engine runs', async () => {
    const q = byId('thumbnail-batch');
    let pauses = 0;
    const grade = await gradeChallengeStepwise(q, { 'platform.maxConcurrency': 100 }, async () => {
      pauses++;
    });
    expect(pauses).toBe(q.knobs[0]!.stops.length);
    expect(grade).toEqual(gradeChallenge(q, { 'platform.maxConcurrency': 100 }));
    expect(grade.correct).toBe(true);
  });
});

describe('layering', () => {
  it('lib/quiz imports nothing from components/ (grading is pure; the UI builds on it)', () => {
    const dir = path.join(process.cwd(), 'lib/quiz');
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /(?:from|import)\s*\(?\s*['"](?:@\/|(?:\.\.\/)+)components\//.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
