'use client';

import { exercisesPassed, experimentsDone } from './schema';
import { useProgress } from './use-progress';

/**
 * "2 of 3 read" for a module, or "Complete" once every lesson is read and the quiz passed; then
 * "Experiments: 1 of 4" (run to the end) and "Exercises: 2 of 5" (passed) when the module has
 * any. Both stay out of "Complete": they are practice, not a requirement.
 */
export function ModuleProgress({
  moduleId,
  lessonKeys,
  hasQuiz,
  experimentKeys = [],
  exerciseIds = [],
}: {
  moduleId: string;
  lessonKeys: string[];
  hasQuiz: boolean;
  experimentKeys?: string[];
  exerciseIds?: string[];
}) {
  const { progress } = useProgress();
  const read = lessonKeys.filter((k) => progress.lessons[k]).length;
  const complete = read === lessonKeys.length && (!hasQuiz || progress.quizzes[moduleId]?.passed === true);
  return (
    <span className="flex flex-wrap justify-end gap-x-3 text-xs font-medium text-muted">
      <span className={complete ? 'text-ok' : ''} data-testid="module-progress">
        {complete ? 'Complete' : `${read} of ${lessonKeys.length} read`}
      </span>
      {experimentKeys.length > 0 && (
        <span data-testid="module-experiments">
          Experiments: {experimentsDone(progress, experimentKeys)} of {experimentKeys.length}
        </span>
      )}
      {exerciseIds.length > 0 && (
        <span data-testid="module-exercises">
          Exercises: {exercisesPassed(progress, exerciseIds)} of {exerciseIds.length}
        </span>
      )}
    </span>
  );
}
