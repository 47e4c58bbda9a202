import { describe, expect, it } from 'vitest';
import { loadQuiz } from '@/lib/quiz/load';
import { attemptReducer, attemptScore, startAttempt, uncheckedNumbers } from './attempt';

const quiz = loadQuiz('what-serverless-is');

describe('an attempt', () => {
  it('shows every question once, in a seeded order, with options shuffled too', () => {
    const a = startAttempt(quiz.module, quiz.questions, 0);
    expect([...a.order].sort()).toEqual(quiz.questions.map((q) => q.id).sort());
    expect(startAttempt(quiz.module, quiz.questions, 0)).toEqual(a);
    const choiceQuestion = quiz.questions.find((q) => q.type === 'single');
    if (choiceQuestion?.type !== 'single') throw new Error('no single-choice question');
    expect([...(a.choiceOrder[choiceQuestion.id] ?? [])].sort()).toEqual(choiceQuestion.options.map((o) => o.id).sort());
  });

  it('reshuffles questions and options on a retry', () => {
    const first = startAttempt(quiz.module, quiz.questions, 0);
    const retry = startAttempt(quiz.module, quiz.questions, 1);
    expect(retry.order).not.toEqual(first.order);
    const changed = quiz.questions.filter((q) => retry.choiceOrder[q.id]?.join() !== first.choiceOrder[q.id]?.join());
    expect(changed.length).toBeGreaterThan(0);
  });

  it('locks an answer once checked, and scores unanswered questions as wrong', () => {
    let a = startAttempt(quiz.module, quiz.questions, 0);
    const [q1 = '', q2 = ''] = a.order;
    a = attemptReducer(a, { type: 'respond', id: q1, response: { type: 'true-false', value: true } });
    a = attemptReducer(a, { type: 'check', id: q1, correct: true });
    const locked = attemptReducer(a, { type: 'respond', id: q1, response: { type: 'true-false', value: false } });
    expect(locked).toBe(a);
    expect(attemptReducer(a, { type: 'check', id: q1, correct: false }).results[q1]).toBe(true);
    a = attemptReducer(a, { type: 'check', id: q2, correct: false });
    expect(uncheckedNumbers(a)).toEqual(Array.from({ length: a.order.length - 2 }, (_, i) => i + 3));
    expect(attemptScore(a)).toMatchObject({ correct: 1, total: quiz.questions.length, passed: false });
  });

  it('moves back and forth within the quiz, and stays finished', () => {
    let a = startAttempt(quiz.module, quiz.questions, 0);
    a = attemptReducer(a, { type: 'go', index: 3 });
    expect(a.index).toBe(3);
    expect(attemptReducer(a, { type: 'go', index: -1 }).index).toBe(0);
    expect(attemptReducer(a, { type: 'go', index: 99 }).index).toBe(a.order.length - 1);
    a = attemptReducer(a, { type: 'finish' });
    expect(a.finished).toBe(true);
    expect(attemptReducer(a, { type: 'check', id: a.order[0] ?? '', correct: true })).toBe(a);
  });
});
