import { describe, expect, it } from 'vitest';
import { scoreAttempt } from './score';

describe('an attempt’s score', () => {
  it('scores out of every question, unanswered counting as wrong, with a 70 % pass mark', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const seven = Object.fromEntries(ids.slice(0, 7).map((id) => [id, true]));
    expect(scoreAttempt(seven, ids)).toEqual({ correct: 7, total: 10, fraction: 0.7, passed: true });
    expect(scoreAttempt({ ...seven, g: false }, ids)).toMatchObject({ correct: 6, passed: false });
  });
});
