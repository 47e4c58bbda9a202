/**
 * The learner's code for each exercise, kept in localStorage so it survives a reload. Stored as
 * JSON with a version, so a value we did not write (or a damaged one) is recognised and the
 * exercise opens with its starting code rather than with garbage. Nothing here throws: storage
 * that is full or turned off only means the code is not kept.
 */
export const savedCodePrefix = 'scale-to-zero:code:';

export interface SavedCode {
  code: string;
  /** The learner has pressed Run at least once (Show solution is offered from then on). */
  ran: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readSavedCode(id: string, start: string, store: Store | undefined = storage()): SavedCode {
  const fallback = { code: start, ran: false };
  let raw: string | null | undefined;
  try {
    raw = store?.getItem(savedCodePrefix + id);
  } catch {
    return fallback;
  }
  if (!raw) return fallback;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return fallback;
    const { v, code, ran } = value as Record<string, unknown>;
    if (v !== 1 || typeof code !== 'string' || typeof ran !== 'boolean') return fallback;
    return { code, ran };
  } catch {
    return fallback;
  }
}

/** False when the browser refused to keep it. */
export function writeSavedCode(id: string, saved: SavedCode, store: Store | undefined = storage()): boolean {
  try {
    if (!store) return false;
    store.setItem(savedCodePrefix + id, JSON.stringify({ v: 1, ...saved }));
    return true;
  } catch {
    return false;
  }
}
