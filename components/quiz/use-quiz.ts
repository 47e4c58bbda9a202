'use client';

import { useCallback, useMemo, useReducer, useState } from 'react';
import type { QuizQuestion, QuizView } from '@/lib/quiz/schema';
import { readProgress, recordQuizAttempt } from '@/components/progress/store';
import { attemptReducer, attemptScore, startAttempt, type Attempt, type AttemptAction } from './attempt';
import { gradeQuestion, isAnswered, type Response } from './grade';

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
  /** The challenge whose simulation is running after Check, if any. */
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
    if (current.type === 'challenge') {
      if (grading) return true;
      setGrading(id);
      setGradingError(null);
      // The engine loads only with a challenge (its slider panel has already fetched it by now),
      // so quizzes without one do not carry it. One run per task keeps the page responsive.
      const values = response.type === 'challenge' ? response.values : {};
      const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
      void import('@/lib/quiz/challenge')
        .then(({ gradeChallengeStepwise }) => gradeChallengeStepwise(current, values, pause))
        .then((grade) => dispatch({ type: 'check', id, correct: grade.correct }))
        .catch(() => setGradingError('The simulation could not run. Press Check to try again.'))
        .finally(() => setGrading(null));
    } else {
      dispatch({ type: 'check', id, correct: gradeQuestion(current, response) });
    }
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
