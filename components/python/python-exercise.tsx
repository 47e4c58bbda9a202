import { lessonExercises } from '@/lib/exercises/load';
import { PythonExerciseIsland } from './island-loader';

/** Inline code in an exercise's prompt (the schema allows nothing else): `x` becomes <code>x</code>. */
function Prompt({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part));
}

/**
 * `<PythonExercise name="…" />` in a lesson: the exercise of that name from the lesson's
 * `<lesson>.exercises/` folder. The prompt and the starting code are in the page's HTML, readable
 * without scripts; the editor and Python arrive later (see exercise-island.tsx). The solution and
 * checks are not in the page: the browser fetches them on the first Run or Show solution.
 */
export function PythonExercise({ name, lessonKey }: { name: string; lessonKey: string }) {
  const [moduleId = '', lesson = ''] = lessonKey.split('/');
  const exercises = lessonExercises(lesson);
  const exercise = exercises.get(name);
  if (!exercise || exercise.moduleId !== moduleId) {
    const known = [...exercises.keys()];
    throw new Error(
      `<PythonExercise name="${name}">: no such exercise in content/lessons/${moduleId}/${lesson}.exercises/ (${known.length ? `it has ${known.join(', ')}` : 'that folder has none'})`,
    );
  }
  const titleId = `exercise-${exercise.name}`;
  return (
    <section aria-labelledby={titleId} data-python-exercise={exercise.id} className="not-prose my-8 rounded-xl border border-line bg-bg-soft p-4 sm:p-5">
      <h3 id={titleId} className="text-base font-bold">
        <span className="text-accent">Python exercise</span> · {exercise.title}
      </h3>
      <p className="mt-1 text-sm leading-relaxed [&_code]:rounded [&_code]:border [&_code]:border-line [&_code]:bg-bg-raised [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.85em]">
        <Prompt text={exercise.prompt} />
      </p>
      <PythonExerciseIsland id={exercise.id} title={exercise.title} start={exercise.start} timeLimitMs={exercise.timeLimitMs} />
    </section>
  );
}
