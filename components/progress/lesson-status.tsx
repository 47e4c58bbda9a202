'use client';

import { useProgress } from './use-progress';

/** A small read/unread mark beside an outline entry; text for screen readers, a tick for eyes. */
export function LessonStatus({ lessonKey }: { lessonKey: string }) {
  const { progress } = useProgress();
  const read = Boolean(progress.lessons[lessonKey]);
  return (
    <span className="inline-flex w-5 shrink-0 justify-center" data-testid="lesson-status" data-read={read}>
      {read ? (
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="text-ok">
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2l2.2 2.2 4.6-4.8" stroke="var(--bg)" strokeWidth="1.8" fill="none" />
        </svg>
      ) : (
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="text-muted">
          <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="1.2" fill="none" />
        </svg>
      )}
      <span className="sr-only">{read ? '(read)' : '(not read yet)'}</span>
    </span>
  );
}

export function QuizStatus({ moduleId }: { moduleId: string }) {
  const { progress } = useProgress();
  const quiz = progress.quizzes[moduleId];
  if (!quiz) return <span className="text-xs text-muted">Not taken</span>;
  return (
    <span className={`text-xs font-medium ${quiz.passed ? 'text-ok' : 'text-warn'}`} data-testid="quiz-status">
      Best {Math.round(quiz.best * 100)} %{quiz.passed ? ' · passed' : ''}
    </span>
  );
}
