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
  if (typeof version === 'number' && version > 2) {
    return { ok: false, reason: `The file comes from a newer version of the course (format ${version}).` };
  }
  const progress = migrate(data);
  if (!progress) return { ok: false, reason: 'The file is not a Scale to Zero progress file, or it is damaged.' };
  return { ok: true, progress };
}

/** "3 lessons read, 1 quiz result" for the import confirmation. */
export function describeProgress(p: Progress): string {
  const lessons = Object.keys(p.lessons).length;
  const quizzes = Object.keys(p.quizzes).length;
  return `${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} read, ${quizzes} ${quizzes === 1 ? 'quiz result' : 'quiz results'}`;
}
