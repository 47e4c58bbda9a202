import { emptyProgress, historyLimit, mergeProgress, migrate, passMark, readExperiment, type ExperimentRecord, type Progress } from './schema';

export const progressKey = 'scale-to-zero:progress';
const changeEvent = 'scale-to-zero:progress-change';

/**
 * What the learner must be told about saved progress (notice-panel.tsx words it): it could not be
 * read and was copied aside under `key`; it could not be read nor copied, so it was left in place
 * and progress lives in memory; or progress could not be saved, so it lives in memory.
 */
export type ProgressNotice = { kind: 'set-aside'; key: string } | { kind: 'left-in-place' | 'not-saved' };

export interface ProgressState {
  progress: Progress;
  notice?: ProgressNotice;
  /** The stored text that could not be read, which the notice offers as a download. */
  unreadable?: string;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

let cachedRaw: string | null | undefined;
let cachedState: ProgressState = { progress: emptyProgress() };
let sessionNotice: ProgressNotice | undefined;
let unreadable: string | undefined;
/**
 * Progress for this page view when storage cannot hold it: full, turned off, or holding data we
 * could not read nor copy aside, which a save would destroy. Once set, nothing writes progress
 * to storage until the page is loaded again.
 */
let inMemory: Progress | undefined;
/** The unreadable text left in place under progressKey (no room to copy it), until the learner deletes it. */
let heldInPlace: string | undefined;

function state(progress: Progress): ProgressState {
  cachedState = { progress, notice: sessionNotice, unreadable };
  return cachedState;
}

/** Reads and validates; corrupt or foreign data is copied aside under a dated key, or left in place, never lost. */
export function readProgress(): ProgressState {
  if (inMemory) return cachedState.progress === inMemory && cachedState.notice === sessionNotice ? cachedState : state(inMemory);
  const store = storage();
  const raw = store?.getItem(progressKey) ?? null;
  if (raw === cachedRaw) return cachedState;
  cachedRaw = raw;
  if (raw === null) return state(emptyProgress());
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const progress = migrate(parsed);
  if (progress) return state(progress);
  const asideKey = `${progressKey}:unreadable:${new Date().toISOString()}`;
  unreadable = raw;
  let copied = false;
  try {
    store?.setItem(asideKey, raw);
    copied = true;
    store?.removeItem(progressKey);
    cachedRaw = null;
  } catch {
    // Handled below: without a copy, the original must outlive this page view.
  }
  if (!copied) {
    heldInPlace = raw;
    inMemory = emptyProgress();
    sessionNotice = { kind: 'left-in-place' };
    return state(inMemory);
  }
  sessionNotice = { kind: 'set-aside', key: asideKey };
  return state(emptyProgress());
}

/** Saves, or on refusal keeps progress in memory and says so: a lost save must not be silent. */
function save(next: Progress): void {
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(progressKey, JSON.stringify(next));
  } catch {
    inMemory = next;
    sessionNotice = { kind: 'not-saved' };
  }
}

/**
 * Read-modify-write against what is stored right now (another tab may have written since we
 * last looked), then merge, so tabs never overwrite each other's progress.
 */
export function updateProgress(change: (p: Progress) => Progress): void {
  const before = readProgress().progress;
  const next = mergeProgress(change(structuredClone(before)), before);
  if (inMemory) inMemory = next;
  else save(next);
  notify();
}

/** Replaces progress outright (import, reset); unlike updateProgress this may remove things. */
export function replaceProgress(next: Progress): void {
  if (inMemory) inMemory = next;
  else {
    sessionNotice = unreadable = undefined;
    save(next);
  }
  notify();
}

/**
 * Deletes unreadable data that had to be left in place, so progress is saved again; the notice
 * offers it only once the learner has downloaded the data. Progress made meanwhile is saved.
 */
export function discardUnreadable(): void {
  const store = storage();
  // Only the very data we could not read: another tab may have replaced it since.
  if (!inMemory || heldInPlace === undefined || store?.getItem(progressKey) !== heldInPlace) return;
  const kept = inMemory;
  store.removeItem(progressKey);
  inMemory = heldInPlace = sessionNotice = unreadable = undefined;
  save(kept);
  notify();
}

export function dismissNotice(): void {
  sessionNotice = unreadable = undefined;
  notify();
}

function notify() {
  cachedRaw = undefined;
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(changeEvent));
}

export function subscribe(callback: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === progressKey) {
      cachedRaw = undefined;
      callback();
    }
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(changeEvent, callback);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(changeEvent, callback);
  };
}

const serverState: ProgressState = { progress: emptyProgress() };
export const getServerSnapshot = () => serverState;

export function markLessonRead(key: string): void {
  updateProgress((p) => {
    if (!p.lessons[key]) p.lessons[key] = { readAt: new Date().toISOString() };
    return p;
  });
}

/** One finished quiz attempt: best and pass are kept, last and the count move on. */
export function recordQuizAttempt(moduleId: string, score: number, at = new Date().toISOString()): void {
  updateProgress((p) => {
    const before = p.quizzes[moduleId];
    const history = [...(before?.history ?? []), { score, at }].slice(-historyLimit);
    p.quizzes[moduleId] = {
      best: Math.max(before?.best ?? 0, score),
      last: score,
      passed: (before?.passed ?? false) || score >= passMark,
      attempts: (before?.attempts ?? 0) + 1,
      at,
      history,
    };
    return p;
  });
}

/** Commits the learner's prediction for an experiment ("module/lesson/experimentId"); a second call changes nothing. */
export function recordPrediction(key: string, prediction: string): void {
  const record = checked(key, { prediction, predictedAt: new Date().toISOString() }, 'the prediction must be a non-empty string');
  updateProgress((p) => {
    p.experiments[key] ??= record;
    return p;
  });
}

/**
 * The result of a run, kept beside the experiment's prediction; a later run's replaces it.
 * Without a prediction there is nothing to judge the outcome against, so nothing is kept.
 */
export function recordExperimentOutcome(key: string, outcome: ExperimentRecord['outcome']): void {
  const clean = checked(key, { prediction: '-', predictedAt: '', outcome }, 'the outcome needs correct, answer, finite before and after, and at').outcome;
  updateProgress((p) => {
    const record = p.experiments[key];
    if (record && clean) record.outcome = clean;
    return p;
  });
}

// A value the reader would refuse (an empty prediction, a NaN) must never be saved: the next read
// would set all of the learner's progress aside. So it is thrown out before anything is written.
function checked(key: string, record: ExperimentRecord, rule: string): ExperimentRecord {
  const clean = readExperiment(record);
  if (!clean) throw new TypeError(`Experiment "${key}": ${rule}.`);
  return clean;
}

/** Records that exercise `id` ("lesson/name") passed all its checks; the first pass's time is kept. */
export function recordExercisePassed(id: string, at = new Date().toISOString()): void {
  if (!id) throw new TypeError('An exercise id is needed to record a pass.');
  updateProgress((p) => {
    p.exercises[id] ??= { passedAt: at };
    return p;
  });
}

/** Adds an imported file's progress to this browser's: nothing already here is lost. */
export function importProgress(imported: Progress): void {
  updateProgress((p) => mergeProgress(p, imported));
}

/** Forgets everything. The page asks first. */
export function resetProgress(): void {
  replaceProgress(emptyProgress());
}
