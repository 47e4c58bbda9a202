'use client';

import { useCallback, useMemo, useReducer, useState } from 'react';
import { gradeQuestion, isAnswered, type Response } from '@/lib/quiz/kinds';
import type { QuizQuestion, QuizView } from '@/lib/quiz/schema';
import { readProgress, recordQuizAttempt } from '@/components/progress/store';
import { attemptReducer, attemptScore, startAttempt, type Attempt, type AttemptAction } from './attempt';
import { views } from './views';

type Action = AttemptAction | { type: 'begin'; attempt: Attempt };

function reducer(state: Attempt | null, action: Action): Attempt | null {
  if (action.type === 'begin') return action.attempt;
  return state ? attemptReducer(state, action) : state;
}

/**
 * The quiz as a learner drives it: start (or retry) an attempt, answer, check, move, finish.
 * The attempt number, and so the shuffle, comes from the saved attempt count, so an order is
 * reproducible and each retry gets a new one. Finishing saves the score through the store.
 */
export function useQuiz(view: QuizView) {
  const [attempt, dispatch] = useReducer(reducer, null);
  /** The question graded in the background after Check (a challenge, whose simulation runs), if any. */
  const [grading, setGrading] = useState<string | null>(null);
  const [gradingError, setGradingError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(view.questions.map((q) => [q.id, q])), [view.questions]);

  const start = useCallback(() => {
    const number = readProgress().progress.quizzes[view.moduleId]?.attempts ?? 0;
    dispatch({ type: 'begin', attempt: startAttempt(view.moduleId, view.questions, number) });
  }, [view.moduleId, view.questions]);

  const currentId = attempt?.order[attempt.index];
  const current: QuizQuestion | undefined = currentId ? byId.get(currentId) : undefined;

  const respond = useCallback((id: string, response: Response) => dispatch({ type: 'respond', id, response }), []);

  /** Returns false when there is nothing to check yet, so the view can say so. */
  const check = useCallback((): boolean => {
    if (!attempt || !current) return false;
    const response = attempt.responses[current.id];
    if (!response || !isAnswered(response)) return false;
    const id = current.id;
    if (grading === id) return true;
    // One engine run per task keeps the page responsive while a challenge is graded.
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const verdict = gradeQuestion(current, response, pause);
    if (typeof verdict === 'boolean') {
      dispatch({ type: 'check', id, correct: verdict });
      return true;
    }
    setGrading(id);
    setGradingError(null);
    verdict
      .then((correct) => dispatch({ type: 'check', id, correct }))
      .catch(() => setGradingError(views[current.type].grading?.failed ?? null))
      .finally(() => setGrading((g) => (g === id ? null : g)));
    return true;
  }, [attempt, current, grading]);

  const go = useCallback((index: number) => dispatch({ type: 'go', index }), []);

  const finish = useCallback(() => {
    if (!attempt || attempt.finished) return;
    dispatch({ type: 'finish' });
    recordQuizAttempt(view.moduleId, attemptScore(attempt).fraction);
  }, [attempt, view.moduleId]);

  return { attempt, current, byId, grading, gradingError, start, respond, check, go, finish, retry: start };
}
