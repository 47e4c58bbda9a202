import { arrangement, emptyResponse, type Response } from '@/lib/quiz/kinds';
import type { Question } from '@/lib/quiz/schema';
import { seedFor, shuffle } from '@/lib/quiz/shuffle';
import { scoreAttempt, type Score } from './score';

/**
 * One attempt at a quiz as plain data, and the reducer that moves it along. Pure, so the rules
 * (an answer is locked once checked, unanswered counts as wrong, retry reshuffles) are unit-tested
 * without a browser; use-quiz.ts wraps it for React.
 */

export interface Attempt {
  /** 0 for a learner's first attempt; the shuffle seed comes from it. */
  number: number;
  /** Question ids in the order shown. */
  order: string[];
  /** Option ids (single, multiple) or item ids (ordering, the starting order) per question. */
  choiceOrder: Record<string, string[]>;
  index: number;
  responses: Record<string, Response>;
  /** Checked questions: right or wrong. A checked answer cannot change. */
  results: Record<string, boolean>;
  finished: boolean;
}

export function startAttempt(moduleId: string, questions: Question[], number: number): Attempt {
  const order = shuffle(
    questions.map((q) => q.id),
    seedFor(moduleId, number),
  );
  const choiceOrder: Record<string, string[]> = {};
  const responses: Record<string, Response> = {};
  for (const q of questions) {
    const arranged = arrangement(q, seedFor(`${moduleId}/${q.id}`, number));
    if (arranged) choiceOrder[q.id] = arranged;
    responses[q.id] = emptyResponse(q, arranged);
  }
  return { number, order, choiceOrder, index: 0, responses, results: {}, finished: false };
}

export type AttemptAction =
  | { type: 'respond'; id: string; response: Response }
  | { type: 'check'; id: string; correct: boolean }
  | { type: 'go'; index: number }
  | { type: 'finish' };

export function attemptReducer(state: Attempt, action: AttemptAction): Attempt {
  switch (action.type) {
    case 'respond':
      if (state.finished || action.id in state.results) return state;
      return { ...state, responses: { ...state.responses, [action.id]: action.response } };
    case 'check':
      if (state.finished || action.id in state.results) return state;
      return { ...state, results: { ...state.results, [action.id]: action.correct } };
    case 'go': {
      const index = Math.min(state.order.length - 1, Math.max(0, action.index));
      return index === state.index ? state : { ...state, index };
    }
    case 'finish':
      return state.finished ? state : { ...state, finished: true };
  }
}

export function attemptScore(state: Attempt): Score {
  return scoreAttempt(state.results, state.order);
}

/** 1-based numbers of the questions not checked yet, for the "finish anyway?" note. */
export function uncheckedNumbers(state: Attempt): number[] {
  return state.order.flatMap((id, i) => (id in state.results ? [] : [i + 1]));
}
