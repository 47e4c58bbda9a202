/**
 * Saved progress is checked by hand rather than with zod: this file ships to every page, and
 * even zod/mini cost 17 kB gzip and a long task on a mid-range phone. Like zod's objects, the
 * readers below keep only the fields they know, so stray keys in storage do not travel on.
 */

export interface QuizAttempt {
  score: number;
  at: string;
}

export interface QuizRecord {
  best: number;
  last: number;
  passed: boolean;
  attempts: number;
  at: string;
  /** Recent attempts, oldest first, at most historyLimit (optional: older saves lack it). */
  history?: QuizAttempt[];
}

export interface ExperimentOutcome {
  correct: boolean;
  answer: string;
  before: number;
  after: number;
  at: string;
}

/** A guided experiment: the learner commits to a prediction, then runs it and sees the outcome. */
export interface ExperimentRecord {
  /** A choice id, or a number written as a string. Never changes once committed. */
  prediction: string;
  predictedAt: string;
  outcome?: ExperimentOutcome;
}

/** A Python exercise whose checks all passed once; a later failing run does not take it back. */
export interface ExerciseRecord {
  passedAt: string;
}

/**
 * Saved progress, version 4. Everything a learner has done, keyed by "module/lesson", module id,
 * "module/lesson/experimentId" and exercise id ("lesson/name"). Version 3 is version 2 plus
 * experiments; version 4 is version 3 plus exercises.
 */
export interface Progress {
  version: 4;
  lessons: Record<string, { readAt: string }>;
  quizzes: Record<string, QuizRecord>;
  experiments: Record<string, ExperimentRecord>;
  exercises: Record<string, ExerciseRecord>;
  lastVisited?: string;
}

export const emptyProgress = (): Progress => ({ version: 4, lessons: {}, quizzes: {}, experiments: {}, exercises: {} });

// Each reader returns the cleaned value, or undefined when the value does not fit.
type Reader<T> = (v: unknown) => T | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const string: Reader<string> = (v) => (typeof v === 'string' ? v : undefined);
const filled: Reader<string> = (v) => (typeof v === 'string' && v ? v : undefined);
const boolean: Reader<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const share: Reader<number> = (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : undefined);
const finite: Reader<number> = (v) => (Number.isFinite(v) ? (v as number) : undefined);
const count: Reader<number> = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : undefined);

/**
 * A time. None can truly lie in the future: such a time is a clock set wrong or an edited file.
 * Left as it is, a quiz result dated 2099 would stay the newer side of every merge, so its score
 * would show as "last" for ever. So it is read as now: the record still counts, as the latest so
 * far (which is what it claimed), and the next real attempt, dated later, replaces it. Earlier
 * times, and strings that are not times, are left alone.
 */
const time: Reader<string> = (v) => (typeof v !== 'string' ? undefined : Date.parse(v) > Date.now() ? new Date().toISOString() : v);

// What an optional field's reader returns when the field is missing, which is not a failure.
const absent = Symbol('absent');
const optional =
  <T,>(read: Reader<T>): Reader<T | typeof absent> =>
  (v) => (v === undefined ? absent : read(v));

type Fields<T> = { [K in keyof T]-?: Reader<undefined extends T[K] ? Exclude<T[K], undefined> | typeof absent : T[K]> };

/** An object with these fields, each read by its own reader; fields not listed are dropped. */
function object<T>(fields: Fields<T>): Reader<T> {
  return (v) => {
    if (!isObject(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, read] of Object.entries(fields) as [string, Reader<unknown>][]) {
      const r = read(v[k]);
      if (r === undefined) return undefined;
      if (r !== absent) out[k] = r;
    }
    return out as T;
  };
}

function record<T>(read: Reader<T>): Reader<Record<string, T>> {
  return (v) => {
    if (!isObject(v)) return undefined;
    const out: Record<string, T> = {};
    for (const [k, item] of Object.entries(v)) {
      const r = read(item);
      if (r === undefined) return undefined;
      out[k] = r;
    }
    return out;
  };
}

function list<T>(read: Reader<T>): Reader<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    for (const item of v) {
      const r = read(item);
      if (r === undefined) return undefined;
      out.push(r);
    }
    return out;
  };
}

const attempt = object<QuizAttempt>({ score: share, at: time });
const quizRecord = object<QuizRecord>({ best: share, last: share, passed: boolean, attempts: count, at: time, history: optional(list(attempt)) });
const outcome = object<ExperimentOutcome>({ correct: boolean, answer: string, before: finite, after: finite, at: time });

/** One experiment as stored, or undefined; the store also checks new records with it before saving. */
export const readExperiment = object<ExperimentRecord>({ prediction: filled, predictedAt: time, outcome: optional(outcome) });

const body = object<Omit<Progress, 'version'>>({
  lessons: record(object({ readAt: time })),
  quizzes: record(quizRecord),
  experiments: record(readExperiment),
  exercises: record(object<ExerciseRecord>({ passedAt: time })),
  lastVisited: optional(string),
});

/** Version 4, or 3 (4 before exercises existed), or 2 (3 before experiments), as stored; or undefined. */
export function readProgress(v: unknown): Progress | undefined {
  if (!isObject(v)) return undefined;
  const read = v.version === 4 ? body(v) : v.version === 3 ? body({ ...v, exercises: {} }) : v.version === 2 ? body({ ...v, experiments: {}, exercises: {} }) : undefined;
  return read && { version: 4, ...read };
}

/** Version 1 stored read lessons as a list; the shape the first release wrote. */
function readV1(v: unknown): { read: string[]; quizScores: Record<string, number> } | undefined {
  if (!isObject(v) || v.version !== 1) return undefined;
  const read = list(string)(v.read);
  const quizScores = v.quizScores === undefined ? {} : record(share)(v.quizScores);
  return read && quizScores ? { read, quizScores } : undefined;
}

export const passMark = 0.7;
export const historyLimit = 20;

/**
 * Brings any known older shape up to the current one; returns undefined for data we do not
 * recognise, which the store sets aside rather than guessing at.
 */
export function migrate(data: unknown): Progress | undefined {
  const current = readProgress(data);
  if (current) return current;
  const v1 = readV1(data);
  if (v1) {
    const at = new Date(0).toISOString();
    const progress = emptyProgress();
    for (const key of v1.read) progress.lessons[key] = { readAt: at };
    for (const [mod, score] of Object.entries(v1.quizScores)) {
      progress.quizzes[mod] = { best: score, last: score, passed: score >= passMark, attempts: 1, at };
    }
    return progress;
  }
  return undefined;
}

/**
 * Two tabs' progress (or an import) combined so neither loses work: the union of reads,
 * experiments and scores, the best of scores. `a` is this side, and wins ties.
 */
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
  const experiments = { ...b.experiments };
  for (const [key, mine] of Object.entries(a.experiments)) {
    const theirs = experiments[key];
    experiments[key] = theirs ? mergeExperiment(mine, theirs) : mine;
  }
  // A pass counts from the first time it happened, in whichever tab.
  const exercises = { ...b.exercises, ...a.exercises };
  for (const [key, theirs] of Object.entries(b.exercises)) {
    const mine = a.exercises[key];
    if (mine && theirs.passedAt < mine.passedAt) exercises[key] = theirs;
  }
  return { version: 4, lessons, quizzes, experiments, exercises, lastVisited: a.lastVisited ?? b.lastVisited };
}

/**
 * The earlier prediction stands: it was committed before the learner saw any result, and a
 * prediction made after seeing one would score a guess as insight. The outcome is the later run's.
 */
function mergeExperiment(a: ExperimentRecord, b: ExperimentRecord): ExperimentRecord {
  const first = b.predictedAt < a.predictedAt ? b : a;
  const outcome = !b.outcome || (a.outcome && a.outcome.at >= b.outcome.at) ? a.outcome : b.outcome;
  return { prediction: first.prediction, predictedAt: first.predictedAt, ...(outcome ? { outcome } : {}) };
}

/** How many of these exercises (ids "lesson/name") the learner has passed. */
export const exercisesPassed = (p: Progress, ids: string[]) => ids.filter((id) => p.exercises[id]).length;

/** How many of these experiments the learner has run to the end (has an outcome). */
export const experimentsDone = (p: Progress, keys: string[]) => keys.filter((k) => p.experiments[k]?.outcome).length;

type History = QuizAttempt[];

/** The union of two attempt lists (the same attempt seen by two tabs counts once), newest kept. */
function mergeHistory(a: History | undefined, b: History | undefined): History | undefined {
  if (!a && !b) return undefined;
  const byKey = new Map<string, History[number]>();
  for (const h of [...(a ?? []), ...(b ?? [])]) byKey.set(`${h.at}|${h.score}`, h);
  return [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).slice(-historyLimit);
}
