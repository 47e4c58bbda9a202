/**
 * A Python exercise, as an author writes it: a folder next to its lesson,
 * `content/lessons/<module>/<lesson>.exercises/<name>/`, holding `exercise.json` (the fields
 * below), `start.py` (the code the editor opens with), `solution.py` and `checks.py` (Python
 * run after the learner's code by `python/runner.py`; see that file for what checks can use).
 */
import * as z from '../zod';

export const DEFAULT_TIME_LIMIT_MS = 5000;

export const exerciseMetaSchema = z.strictObject({
  title: z.string().min(3),
  /** Markdown with inline code only: one or two sentences saying what to make work. */
  prompt: z.string().min(10).max(600),
  /** Wall-clock limit for one Run, learner code and checks together. */
  timeLimitMs: z.number().int().min(500).max(30000).optional(),
});

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

export interface Exercise extends ExerciseMeta {
  /** `<lesson-slug>/<name>`, unique in the course; the key of its progress and saved code. */
  id: string;
  moduleId: string;
  lesson: string;
  name: string;
  /** The folder, relative to the repository root, for messages. */
  dir: string;
  start: string;
  solution: string;
  checks: string;
  timeLimitMs: number;
}
