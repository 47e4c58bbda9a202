import { emptyProgress, historyLimit, mergeProgress, migrate, passMark, type Progress } from './schema';

export const progressKey = 'scale-to-zero:progress';
const changeEvent = 'scale-to-zero:progress-change';

export interface ProgressState {
  progress: Progress;
  /** Set when stored data could not be read and was moved aside; the UI shows it. */
  notice?: string;
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
let sessionNotice: string | undefined;

/** Reads and validates; corrupt or foreign data is copied aside under a dated key, never lost. */
export function readProgress(): ProgressState {
  const store = storage();
  const raw = store?.getItem(progressKey) ?? null;
  if (raw === cachedRaw) return cachedState;
  cachedRaw = raw;
  if (raw === null) {
    cachedState = { progress: emptyProgress(), notice: sessionNotice };
    return cachedState;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const progress = migrate(parsed);
  if (progress) {
    cachedState = { progress, notice: sessionNotice };
    return cachedState;
  }
  const asideKey = `${progressKey}:unreadable:${new Date().toISOString()}`;
  try {
    store?.setItem(asideKey, raw);
    store?.removeItem(progressKey);
    cachedRaw = null;
  } catch {
    // Storage refused the copy: leave the original where it is and work from empty.
  }
  sessionNotice = `Saved progress on this device could not be read, so the course started fresh. The old data was kept under "${asideKey}".`;
  cachedState = { progress: emptyProgress(), notice: sessionNotice };
  return cachedState;
}

/**
 * Read-modify-write against what is stored right now (another tab may have written since we
 * last looked), then merge, so tabs never overwrite each other's progress.
 */
export function updateProgress(change: (p: Progress) => Progress): void {
  const store = storage();
  const before = readProgress().progress;
  const next = mergeProgress(change(structuredClone(before)), before);
  try {
    store?.setItem(progressKey, JSON.stringify(next));
  } catch {
    // Quota or private mode: progress lives for this page view only.
  }
  notify();
}

/** Replaces progress outright (import, reset); unlike updateProgress this may remove things. */
export function replaceProgress(next: Progress): void {
  try {
    storage()?.setItem(progressKey, JSON.stringify(next));
  } catch {
    // As above.
  }
  sessionNotice = undefined;
  notify();
}

export function dismissNotice(): void {
  sessionNotice = undefined;
  cachedRaw = undefined;
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

/** Adds an imported file's progress to this browser's: nothing already here is lost. */
export function importProgress(imported: Progress): void {
  updateProgress((p) => mergeProgress(p, imported));
}

/** Forgets everything. The page asks first. */
export function resetProgress(): void {
  replaceProgress(emptyProgress());
}
