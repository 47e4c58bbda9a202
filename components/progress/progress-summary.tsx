'use client';

import { useProgress } from './use-progress';

export interface ModuleKeys {
  id: string;
  lessonKeys: string[];
  hasQuiz: boolean;
}

/** "4 of 11 lessons read · 1 of 4 quizzes passed · 1 of 4 modules complete". */
export function ProgressSummary({ modules }: { modules: ModuleKeys[] }) {
  const { progress } = useProgress();
  const lessons = modules.flatMap((m) => m.lessonKeys);
  const read = lessons.filter((k) => progress.lessons[k]).length;
  const quizzes = modules.filter((m) => m.hasQuiz);
  const passed = quizzes.filter((m) => progress.quizzes[m.id]?.passed).length;
  const complete = modules.filter((m) => m.lessonKeys.every((k) => progress.lessons[k]) && (!m.hasQuiz || progress.quizzes[m.id]?.passed)).length;
  const items = [
    [read, lessons.length, 'Lessons read'],
    [passed, quizzes.length, 'Quizzes passed'],
    [complete, modules.length, 'Modules complete'],
  ] as const;
  return (
    <dl className="grid grid-cols-3 gap-3" data-testid="progress-summary">
      {items.map(([n, of, what]) => (
        <div key={what} className="rounded-xl border border-line bg-bg-raised p-4">
          <dt className="text-sm text-muted">{what}</dt>
          <dd className="mt-1 text-2xl font-bold">
            {n} <span className="text-base font-medium text-muted">of {of}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Last and best score and the number of attempts, beside a module's quiz. */
export function QuizRecordLine({ moduleId }: { moduleId: string }) {
  const quiz = useProgress().progress.quizzes[moduleId];
  if (!quiz) return <span className="text-sm text-muted">Not taken yet</span>;
  const recent = (quiz.history ?? []).slice(-5);
  return (
    <span className="text-sm" data-testid="quiz-record">
      Best <strong>{Math.round(quiz.best * 100)} %</strong>
      {quiz.passed ? <span className="text-ok"> · passed</span> : <span className="text-warn"> · not passed yet</span>} · last{' '}
      {Math.round(quiz.last * 100)} % · {quiz.attempts} {quiz.attempts === 1 ? 'attempt' : 'attempts'}
      {recent.length > 1 && <span className="block text-muted">Recent scores, oldest first: {recent.map((h) => `${Math.round(h.score * 100)} %`).join(', ')}</span>}
    </span>
  );
}
