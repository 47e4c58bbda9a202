/**
 * Where lessons place their exercises: each `<PythonExercise name="…" />` must name a folder of
 * its own lesson's `.exercises/`, and each folder must be placed exactly once, so no exercise is
 * written and never shown, and none appears twice under one progress key.
 */
import { jsxAttributes, notMarkup, readLessonSource } from '../content/load';
import type { Exercise } from './schema';

export interface ExerciseUse {
  name: string;
  line: number;
}

const TAG = 'PythonExercise';

/** The `<PythonExercise>` tags of an MDX body, by name and file line; code and comments do not count. */
export function exerciseUses(body: string, file: string, firstLine = 1): { uses: ExerciseUse[]; errors: string[] } {
  const text = body.replace(notMarkup, (m) => m.replace(/[^\n]/g, ' '));
  const uses: ExerciseUse[] = [];
  const errors: string[] = [];
  for (const found of text.matchAll(new RegExp(`<${TAG}(?=[\\s/>])`, 'g'))) {
    const line = firstLine - 1 + text.slice(0, found.index).split('\n').length;
    const raw = jsxAttributes(text, found.index + found[0].length).get('name');
    const name = raw === undefined ? undefined : /^(?:"([^"]*)"|'([^']*)')$/.exec(raw)?.slice(1).find((g) => g !== undefined);
    if (!name) errors.push(`${file}:${line}: <${TAG}> name: needs a plain string naming an exercise folder, such as name="health-check"`);
    else uses.push({ name, line });
  }
  return { uses, errors };
}

export interface LessonRef {
  moduleId: string;
  slug: string;
  /** The .mdx file, relative to the repository root. */
  file: string;
}

/** Every placement problem of the course, each naming the lesson file and line or the folder. */
export function checkExercisePlacement(lessons: LessonRef[], exercises: Exercise[]): string[] {
  const errors: string[] = [];
  for (const lesson of lessons) {
    const { source, body } = readLessonSource(lesson.file);
    const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
    const { uses, errors: tagErrors } = exerciseUses(body, lesson.file, bodyLine);
    errors.push(...tagErrors);
    const own = exercises.filter((e) => e.moduleId === lesson.moduleId && e.lesson === lesson.slug);
    const folder = lesson.file.replace(/\.mdx$/, '.exercises/');
    const firstUse = new Map<string, number>();
    for (const use of uses) {
      const seen = firstUse.get(use.name);
      if (seen !== undefined) {
        errors.push(`${lesson.file}:${use.line}: <${TAG}> name: "${use.name}" is already placed at line ${seen}; place each exercise once`);
      } else if (!own.some((e) => e.name === use.name)) {
        const have = own.map((e) => e.name).join(', ') || 'none';
        errors.push(`${lesson.file}:${use.line}: <${TAG}> name: "${use.name}" is not a folder of ${folder} (it has: ${have})`);
      }
      if (seen === undefined) firstUse.set(use.name, use.line);
    }
    for (const exercise of own) {
      if (!firstUse.has(exercise.name)) errors.push(`${exercise.dir}: not placed in its lesson: add <${TAG} name="${exercise.name}" /> to ${lesson.file}`);
    }
  }
  const known = new Set(lessons.map((l) => `${l.moduleId}/${l.slug}`));
  for (const exercise of exercises) {
    if (!known.has(`${exercise.moduleId}/${exercise.lesson}`)) {
      errors.push(`${exercise.dir}: no lesson ${exercise.moduleId}/${exercise.lesson}.mdx in the course outline for this folder to belong to`);
    }
  }
  return errors;
}
