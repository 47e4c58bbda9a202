import { datedFileName } from './download';
import { migrate, type Progress } from './schema';

/**
 * Export and import as plain functions: the file is the saved progress itself, pretty-printed,
 * so a learner can read it. Import goes through the same migrate() as localStorage, so an old
 * export still loads and anything else is refused with a reason.
 */

export const maxImportBytes = 1_000_000;

export const exportFileName = (now = new Date()) => datedFileName('progress', 'json', now);

export function serializeProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; reason: string };

export function parseProgressFile(text: string): ImportResult {
  if (text.length > maxImportBytes) return { ok: false, reason: 'The file is too large to be a progress file.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > 4) {
    return { ok: false, reason: `The file comes from a newer version of the course (format ${version}).` };
  }
  const progress = migrate(data);
  if (!progress) return { ok: false, reason: 'The file is not a Scale to Zero progress file, or it is damaged.' };
  return { ok: true, progress };
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 lessons read, 1 quiz result" (", 2 experiments", ", 1 exercise passed" when there are any) for messages and the reset dialog. */
export function describeProgress(p: Progress): string {
  const experiments = Object.keys(p.experiments).length;
  const exercises = Object.keys(p.exercises).length;
  return `${counted(Object.keys(p.lessons).length, 'lesson', 'lessons')} read, ${counted(Object.keys(p.quizzes).length, 'quiz result', 'quiz results')}${
    experiments ? `, ${counted(experiments, 'experiment', 'experiments')}` : ''
  }${exercises ? `, ${counted(exercises, 'exercise passed', 'exercises passed')}` : ''}`;
}
