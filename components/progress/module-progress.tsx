'use client';

import { useProgress } from './use-progress';

/** "2 of 3 read" for a module, or "Complete" once every lesson is read and the quiz passed. */
export function ModuleProgress({ moduleId, lessonKeys, hasQuiz }: { moduleId: string; lessonKeys: string[]; hasQuiz: boolean }) {
  const { progress } = useProgress();
  const read = lessonKeys.filter((k) => progress.lessons[k]).length;
  const complete = read === lessonKeys.length && (!hasQuiz || progress.quizzes[moduleId]?.passed === true);
  return (
    <span className={`text-xs font-medium ${complete ? 'text-ok' : 'text-muted'}`} data-testid="module-progress">
      {complete ? 'Complete' : `${read} of ${lessonKeys.length} read`}
    </span>
  );
}
