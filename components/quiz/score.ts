import { passMark } from '../progress/schema';

/**
 * An attempt's score. What each question type counts as right is in lib/quiz/kinds.ts; this is
 * the sum, against the one pass mark of the course, which lives beside the saved progress that
 * records it.
 */

export { passMark };

export interface Score {
  correct: number;
  total: number;
  /** correct ÷ total, 0 to 1. */
  fraction: number;
  passed: boolean;
}

/** Unanswered questions count as wrong: the score is out of the whole quiz. */
export function scoreAttempt(results: Record<string, boolean | undefined>, questionIds: string[]): Score {
  const correct = questionIds.filter((qid) => results[qid] === true).length;
  const total = questionIds.length;
  const fraction = total === 0 ? 0 : correct / total;
  return { correct, total, fraction, passed: fraction >= passMark - 1e-9 };
}
