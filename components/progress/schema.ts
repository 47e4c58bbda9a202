// zod/mini: this file ships to the browser, where full zod would add ~30 kB gzip to every page.
import * as z from 'zod/mini';

/** Saved progress, version 2. Everything a learner has done, keyed by "module/lesson" and module id. */
export const progressSchema = z.object({
  version: z.literal(2),
  lessons: z.record(z.string(), z.object({ readAt: z.string() })),
  quizzes: z.record(
    z.string(),
    z.object({
      best: z.number().check(z.minimum(0), z.maximum(1)),
      last: z.number().check(z.minimum(0), z.maximum(1)),
      passed: z.boolean(),
      attempts: z.int().check(z.minimum(0)),
      at: z.string(),
      /** Recent attempts, oldest first, at most historyLimit (optional: older saves lack it). */
      history: z.optional(z.array(z.object({ score: z.number().check(z.minimum(0), z.maximum(1)), at: z.string() }))),
    }),
  ),
  lastVisited: z.optional(z.string()),
});

export type Progress = z.infer<typeof progressSchema>;
export type QuizRecord = Progress['quizzes'][string];

export const emptyProgress = (): Progress => ({ version: 2, lessons: {}, quizzes: {} });

/** Version 1 stored read lessons as a list; the shape the first release wrote. */
const v1Schema = z.object({
  version: z.literal(1),
  read: z.array(z.string()),
  quizScores: z.optional(z.record(z.string(), z.number().check(z.minimum(0), z.maximum(1)))),
});

export const passMark = 0.7;
export const historyLimit = 20;

/**
 * Brings any known older shape up to the current one; returns undefined for data we do not
 * recognise, which the store sets aside rather than guessing at.
 */
export function migrate(data: unknown): Progress | undefined {
  const current = progressSchema.safeParse(data);
  if (current.success) return current.data;
  const v1 = v1Schema.safeParse(data);
  if (v1.success) {
    const at = new Date(0).toISOString();
    const progress = emptyProgress();
    for (const key of v1.data.read) progress.lessons[key] = { readAt: at };
    for (const [mod, score] of Object.entries(v1.data.quizScores ?? {})) {
      progress.quizzes[mod] = { best: score, last: score, passed: score >= passMark, attempts: 1, at };
    }
    return progress;
  }
  return undefined;
}

/** Two tabs' progress combined so neither loses work: the union of reads, the best of scores. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessons = { ...b.lessons, ...a.lessons };
  for (const [key, value] of Object.entries(b.lessons)) {
    const mine = a.lessons[key];
    if (mine && value.readAt < mine.readAt) lessons[key] = value;
  }
  const quizzes = { ...b.quizzes };
  for (const [key, mine] of Object.entries(a.quizzes)) {
    const theirs = quizzes[key];
    if (!theirs) {
      quizzes[key] = mine;
      continue;
    }
    const newer = mine.at >= theirs.at ? mine : theirs;
    const history = mergeHistory(mine.history, theirs.history);
    quizzes[key] = {
      best: Math.max(mine.best, theirs.best),
      last: newer.last,
      passed: mine.passed || theirs.passed,
      attempts: Math.max(mine.attempts, theirs.attempts, history?.length ?? 0),
      at: newer.at,
      ...(history ? { history } : {}),
    };
  }
  return { version: 2, lessons, quizzes, lastVisited: a.lastVisited ?? b.lastVisited };
}

type History = NonNullable<QuizRecord['history']>;

/** The union of two attempt lists (the same attempt seen by two tabs counts once), newest kept. */
function mergeHistory(a: History | undefined, b: History | undefined): History | undefined {
  if (!a && !b) return undefined;
  const byKey = new Map<string, History[number]>();
  for (const h of [...(a ?? []), ...(b ?? [])]) byKey.set(`${h.at}|${h.score}`, h);
  return [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).slice(-historyLimit);
}
