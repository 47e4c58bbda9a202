import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress, exercisesPassed, experimentsDone, mergeProgress, migrate, type ExperimentRecord, type Progress } from './schema';
import { describeProgress, parseProgressFile, serializeProgress } from './transfer';
import { noticeText } from './notice-text';
import type { ProgressNotice } from './store';

/**
 * A localStorage that lives in a Map, and a window with just what the store touches. Like a
 * browser's, it refuses a write that would take its keys and values past `quota` characters.
 */
function fakeBrowser(quota = Infinity) {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const localStorage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const after = used() - (data.has(k) ? k.length + (data.get(k)?.length ?? 0) : 0) + k.length + String(v).length;
      if (after > quota) throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
      data.set(k, String(v));
    },
    removeItem: (k: string) => void data.delete(k),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
  };
  const events = new EventTarget();
  vi.stubGlobal('window', {
    localStorage,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  });
  return data;
}

const said = (notice: ProgressNotice | undefined) => (notice ? noticeText(notice) : '');

// The store keeps a cache at module level; each test gets a fresh copy of it.
async function freshStore() {
  vi.resetModules();
  return import('./store');
}

const key = 'scale-to-zero:progress';
let data: Map<string, string>;
beforeEach(() => {
  data = fakeBrowser();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('migration and validation', () => {
  it('brings version 1 up to version 4', () => {
    const v1 = { version: 1, read: ['what-serverless-is/pros-and-cons'], quizScores: { 'what-serverless-is': 0.8, 'python-toolbox': 0.5 } };
    const p = migrate(v1);
    expect(p?.version).toBe(4);
    expect(p?.experiments).toEqual({});
    expect(p?.exercises).toEqual({});
    expect(Object.keys(p?.lessons ?? {})).toEqual(['what-serverless-is/pros-and-cons']);
    expect(p?.quizzes['what-serverless-is']).toMatchObject({ best: 0.8, last: 0.8, passed: true, attempts: 1 });
    expect(p?.quizzes['python-toolbox']?.passed).toBe(false);
  });

  it('accepts version 4 with or without attempt history', () => {
    const p: Progress = { ...emptyProgress(), quizzes: { m: { best: 1, last: 1, passed: true, attempts: 1, at: '2026-01-01' } } };
    expect(migrate(p)).toEqual(p);
    const withHistory = { ...p, quizzes: { m: { ...p.quizzes.m!, history: [{ score: 1, at: '2026-01-01' }] } } };
    expect(migrate(withHistory)).toEqual(withHistory);
  });

  it('brings version 2 up to version 4 with no experiments nor exercises, keeping the rest', () => {
    const v2 = { version: 2, lessons: { 'm/a': { readAt: '2026-01-01' } }, quizzes: { m: { best: 1, last: 1, passed: true, attempts: 1, at: '2026-01-01' } }, lastVisited: '/learn/m/a/' };
    expect(migrate(v2)).toEqual({ ...v2, version: 4, experiments: {}, exercises: {} });
  });

  it('brings version 3 up to version 4 with no exercises, keeping its experiments', () => {
    const experiments = { 'm/a/x': { prediction: 'a', predictedAt: '2026-01-01T00:00:00.000Z' } };
    const v3 = { version: 3, lessons: { 'm/a': { readAt: '2026-01-01' } }, quizzes: {}, experiments };
    expect(migrate(v3)).toEqual({ ...v3, version: 4, exercises: {} });
  });

  it('accepts passed exercises, keeping only passedAt, and refuses a malformed one', () => {
    const exercises = { 'http-server/health-check': { passedAt: '2026-01-01T10:00:00.000Z', tries: 3 } };
    expect(migrate({ ...emptyProgress(), exercises })?.exercises).toEqual({ 'http-server/health-check': { passedAt: '2026-01-01T10:00:00.000Z' } });
    expect(migrate({ ...emptyProgress(), exercises: { 'a/b': { passed: true } } })).toBeUndefined();
    expect(migrate({ ...emptyProgress(), exercises: ['a/b'] })).toBeUndefined();
    expect(migrate({ version: 4, lessons: {}, quizzes: {}, experiments: {} })).toBeUndefined();
  });

  it('merges exercise passes from two tabs, keeping the first pass', () => {
    const a = { ...emptyProgress(), exercises: { 'l/x': { passedAt: '2026-02-01' }, 'l/y': { passedAt: '2026-01-05' } } };
    const b = { ...emptyProgress(), exercises: { 'l/x': { passedAt: '2026-01-01' }, 'l/z': { passedAt: '2026-03-01' } } };
    expect(mergeProgress(a, b).exercises).toEqual({ 'l/x': { passedAt: '2026-01-01' }, 'l/y': { passedAt: '2026-01-05' }, 'l/z': { passedAt: '2026-03-01' } });
    expect(exercisesPassed(mergeProgress(a, b), ['l/x', 'l/z', 'l/never'])).toBe(2);
  });

  it('accepts experiments with and without an outcome, keeping only the fields it knows', () => {
    const experiments = {
      'm/a/keep-alive-short': { prediction: 'more-cold-starts', predictedAt: '2026-01-01T10:00:00.000Z', hint: 'x' },
      'm/a/memory': { prediction: '120', predictedAt: '2026-01-01T10:00:00.000Z', outcome: { correct: false, answer: '180', before: 120, after: 180.5, at: '2026-01-01T10:01:00.000Z', extra: 1 } },
    };
    expect(migrate({ ...emptyProgress(), experiments })?.experiments).toEqual({
      'm/a/keep-alive-short': { prediction: 'more-cold-starts', predictedAt: '2026-01-01T10:00:00.000Z' },
      'm/a/memory': { prediction: '120', predictedAt: '2026-01-01T10:00:00.000Z', outcome: { correct: false, answer: '180', before: 120, after: 180.5, at: '2026-01-01T10:01:00.000Z' } },
    });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['another site’s data', { user: 'x', theme: 'dark' }],
    ['a score above 1', { version: 2, lessons: {}, quizzes: { m: { best: 3, last: 1, passed: true, attempts: 1, at: 'x' } } }],
    ['a future version', { version: 9, lessons: {}, quizzes: {} }],
    ['a fractional attempt count', { version: 2, lessons: {}, quizzes: { m: { best: 1, last: 1, passed: true, attempts: 1.5, at: 'x' } } }],
    ['a score that is not a number', { version: 2, lessons: {}, quizzes: { m: { best: NaN, last: 1, passed: true, attempts: 1, at: 'x' } } }],
    ['a history entry without a date', { version: 2, lessons: {}, quizzes: { m: { best: 1, last: 1, passed: true, attempts: 1, at: 'x', history: [{ score: 1 }] } } }],
    ['a lesson mark without readAt', { version: 2, lessons: { 'm/a': { read: true } }, quizzes: {} }],
    ['lessons stored as a list', { version: 2, lessons: ['m/a'], quizzes: {} }],
    ['a number for lastVisited', { version: 2, lessons: {}, quizzes: {}, lastVisited: 3 }],
    ['version 1 with a read entry that is not a string', { version: 1, read: [1] }],
    ['version 3 without experiments', { version: 3, lessons: {}, quizzes: {} }],
    ['experiments stored as a list', { version: 3, lessons: {}, quizzes: {}, experiments: ['m/a/x'] }],
    ['an experiment without a prediction', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { predictedAt: '2026-01-01' } } }],
    ['an empty prediction', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { prediction: '', predictedAt: '2026-01-01' } } }],
    ['a prediction that is a number', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { prediction: 120, predictedAt: '2026-01-01' } } }],
    ['an experiment without predictedAt', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { prediction: 'a' } } }],
    ['an outcome without correct', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { prediction: 'a', predictedAt: 'x', outcome: { answer: 'a', before: 1, after: 2, at: 'x' } } } }],
    ['an outcome with a NaN', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { prediction: 'a', predictedAt: 'x', outcome: { correct: true, answer: 'a', before: NaN, after: 2, at: 'x' } } } }],
    ['an outcome of null', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': { prediction: 'a', predictedAt: 'x', outcome: null } } }],
    ['an experiment that is a string', { version: 3, lessons: {}, quizzes: {}, experiments: { 'm/a/x': 'done' } }],
  ])('rejects %s', (_name, value) => {
    expect(migrate(value)).toBeUndefined();
  });

  it('keeps only the fields it knows', () => {
    const stored = {
      version: 2,
      extra: 'x',
      lessons: { 'm/a': { readAt: '2026-01-01', colour: 'red' } },
      quizzes: { m: { best: 0.5, last: 0.5, passed: false, attempts: 2, at: '2026-01-02', note: 'hi' } },
      lastVisited: 'm/a',
    };
    expect(migrate(stored)).toEqual({
      version: 4,
      experiments: {},
      exercises: {},
      lessons: { 'm/a': { readAt: '2026-01-01' } },
      quizzes: { m: { best: 0.5, last: 0.5, passed: false, attempts: 2, at: '2026-01-02' } },
      lastVisited: 'm/a',
    });
  });
});

describe('two tabs', () => {
  it('merge without losing reads, best scores or attempts', () => {
    const a: Progress = {
      ...emptyProgress(),
      lessons: { 'm/one': { readAt: '2026-01-02' } },
      quizzes: { m: { best: 0.6, last: 0.6, passed: false, attempts: 1, at: '2026-01-02', history: [{ score: 0.6, at: '2026-01-02' }] } },
    };
    const b: Progress = {
      ...emptyProgress(),
      lessons: { 'm/one': { readAt: '2026-01-01' }, 'm/two': { readAt: '2026-01-03' } },
      quizzes: { m: { best: 0.9, last: 0.9, passed: true, attempts: 1, at: '2026-01-03', history: [{ score: 0.9, at: '2026-01-03' }] } },
    };
    const merged = mergeProgress(a, b);
    expect(merged.lessons).toEqual({ 'm/one': { readAt: '2026-01-01' }, 'm/two': { readAt: '2026-01-03' } });
    expect(merged.quizzes.m).toMatchObject({ best: 0.9, last: 0.9, passed: true, attempts: 2, at: '2026-01-03' });
    expect(merged.quizzes.m?.history).toHaveLength(2);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });

  it('merge experiments: every key kept, the earlier prediction, the later outcome', () => {
    const outcome = (at: string, answer: string) => ({ correct: answer === 'up', answer, before: 1, after: 2, at });
    const mine: Record<string, ExperimentRecord> = {
      'm/a/only-mine': { prediction: 'up', predictedAt: '2026-01-05' },
      'm/a/both': { prediction: 'down', predictedAt: '2026-01-02', outcome: outcome('2026-01-09', 'up') },
      'm/a/outcome-theirs': { prediction: 'up', predictedAt: '2026-01-01' },
    };
    const theirs: Record<string, ExperimentRecord> = {
      'm/a/only-theirs': { prediction: '40', predictedAt: '2026-01-03' },
      'm/a/both': { prediction: 'up', predictedAt: '2026-01-01', outcome: outcome('2026-01-04', 'down') },
      'm/a/outcome-theirs': { prediction: 'down', predictedAt: '2026-01-02', outcome: outcome('2026-01-03', 'up') },
    };
    for (const [a, b] of [[mine, theirs], [theirs, mine]] as const) {
      const merged = mergeProgress({ ...emptyProgress(), experiments: a }, { ...emptyProgress(), experiments: b }).experiments;
      expect(merged).toEqual({
        'm/a/only-mine': mine['m/a/only-mine'],
        'm/a/only-theirs': theirs['m/a/only-theirs'],
        'm/a/both': { prediction: 'up', predictedAt: '2026-01-01', outcome: outcome('2026-01-09', 'up') },
        'm/a/outcome-theirs': { prediction: 'up', predictedAt: '2026-01-01', outcome: outcome('2026-01-03', 'up') },
      });
    }
  });

  it('a write reads what another tab stored in between', async () => {
    const store = await freshStore();
    store.markLessonRead('m/one');
    // Another tab writes directly to storage.
    const other = JSON.parse(data.get(key) ?? '{}') as Progress;
    other.lessons['m/two'] = { readAt: '2026-01-01' };
    data.set(key, JSON.stringify(other));
    store.recordQuizAttempt('m', 0.8);
    const saved = JSON.parse(data.get(key) ?? '{}') as Progress;
    expect(Object.keys(saved.lessons).sort()).toEqual(['m/one', 'm/two']);
    expect(saved.quizzes.m).toMatchObject({ best: 0.8, passed: true, attempts: 1 });
  });
});

describe('the store', () => {
  it('records quiz attempts: best kept, last and count moving on', async () => {
    const store = await freshStore();
    store.recordQuizAttempt('m', 0.9, '2026-01-01T00:00:00.000Z');
    store.recordQuizAttempt('m', 0.4, '2026-01-02T00:00:00.000Z');
    const q = store.readProgress().progress.quizzes.m;
    expect(q).toMatchObject({ best: 0.9, last: 0.4, passed: true, attempts: 2 });
    expect(q?.history?.map((h) => h.score)).toEqual([0.9, 0.4]);
  });

  it('sets corrupt data aside under a dated key, with a notice, and starts empty', async () => {
    data.set(key, '{"version": 2, "lessons": [oops');
    const store = await freshStore();
    const state = store.readProgress();
    expect(state.progress).toEqual(emptyProgress());
    expect(said(state.notice)).toMatch(/could not be read/);
    const aside = [...data.keys()].find((k) => k.startsWith(`${key}:unreadable:`));
    expect(aside && data.get(aside)).toBe('{"version": 2, "lessons": [oops');
    expect(data.has(key)).toBe(false);
    // Progress made afterwards is saved normally; the notice goes once dismissed.
    store.markLessonRead('m/one');
    expect(JSON.parse(data.get(key) ?? '{}').lessons['m/one']).toBeDefined();
    store.dismissNotice();
    expect(store.readProgress().notice).toBeUndefined();
  });

  it('migrates a stored version 1 in place', async () => {
    data.set(key, JSON.stringify({ version: 1, read: ['m/one'] }));
    const store = await freshStore();
    expect(store.readProgress().progress.lessons['m/one']).toBeDefined();
    expect(store.readProgress().notice).toBeUndefined();
  });

  it('records an exercise pass once, kept across a later pass, and saved as version 4', async () => {
    data.set(key, JSON.stringify({ version: 3, lessons: { 'm/one': { readAt: '2026-01-01' } }, quizzes: {}, experiments: {} }));
    const store = await freshStore();
    store.recordExercisePassed('http-server/health-check', '2026-01-02T00:00:00.000Z');
    store.recordExercisePassed('http-server/health-check', '2026-01-03T00:00:00.000Z');
    const saved = JSON.parse(data.get(key) ?? '{}') as Progress;
    expect(saved.version).toBe(4);
    expect(saved.lessons['m/one']).toBeDefined();
    expect(saved.exercises).toEqual({ 'http-server/health-check': { passedAt: '2026-01-02T00:00:00.000Z' } });
  });

  it('commits a prediction once, and records outcomes beside it', async () => {
    const store = await freshStore();
    const k = 'm/a/keep-alive-short';
    store.recordExperimentOutcome(k, { correct: true, answer: 'up', before: 1, after: 2, at: '2026-01-01T00:00:00.000Z' });
    expect(store.readProgress().progress.experiments).toEqual({});
    store.recordPrediction(k, 'more-cold-starts');
    const first = store.readProgress().progress.experiments[k];
    expect(first).toEqual({ prediction: 'more-cold-starts', predictedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    store.recordPrediction(k, 'fewer-cold-starts');
    expect(store.readProgress().progress.experiments[k]).toEqual(first);
    store.recordExperimentOutcome(k, { correct: true, answer: 'more-cold-starts', before: 3, after: 11, at: '2026-01-01T00:01:00.000Z' });
    store.recordExperimentOutcome(k, { correct: true, answer: 'more-cold-starts', before: 3, after: 12, at: '2026-01-01T00:02:00.000Z' });
    const saved = JSON.parse(data.get(key) ?? '{}') as Progress;
    expect(saved.version).toBe(4);
    expect(saved.experiments[k]).toEqual({ ...first, outcome: { correct: true, answer: 'more-cold-starts', before: 3, after: 12, at: '2026-01-01T00:02:00.000Z' } });
    expect(experimentsDone(store.readProgress().progress, [k, 'm/a/other'])).toBe(1);
  });

  it('refuses a prediction or an outcome the reader would refuse, and saves nothing', async () => {
    const store = await freshStore();
    store.markLessonRead('m/one');
    const before = data.get(key);
    expect(() => store.recordPrediction('m/a/x', '')).toThrow(/prediction must be a non-empty string/);
    store.recordPrediction('m/a/x', '40');
    const saved = data.get(key);
    expect(saved).not.toBe(before);
    expect(() => store.recordExperimentOutcome('m/a/x', { correct: true, answer: '40', before: NaN, after: 1, at: 'x' })).toThrow(/finite before and after/);
    expect(data.get(key)).toBe(saved);
    expect(store.readProgress().notice).toBeUndefined();
  });

  it('imports by merging, and resets to nothing', async () => {
    const store = await freshStore();
    store.markLessonRead('m/here');
    store.importProgress({ ...emptyProgress(), lessons: { 'm/there': { readAt: '2026-01-01' } } });
    expect(Object.keys(store.readProgress().progress.lessons).sort()).toEqual(['m/here', 'm/there']);
    store.resetProgress();
    expect(store.readProgress().progress).toEqual(emptyProgress());
  });
});

describe('a full storage', () => {
  // Browsers allow about 5 million characters per site; a 3.1 MB value leaves no room for a copy.
  const quota = 5_000_000;
  const corrupt = `{"version": 2, "lessons": [${'x'.repeat(3_100_000)}`;

  it('never claims a copy it could not make, keeps the unreadable original untouched and offers it', async () => {
    data = fakeBrowser(quota);
    data.set(key, corrupt);
    const store = await freshStore();
    const state = store.readProgress();
    expect(state.progress).toEqual(emptyProgress());
    expect(said(state.notice)).toMatch(/could not be read/);
    expect(said(state.notice)).toMatch(/too full/);
    expect(said(state.notice)).toMatch(/only until this page is closed or reloaded/);
    expect(said(state.notice)).not.toMatch(/kept in this browser under/);
    expect(state.notice).toEqual({ kind: 'left-in-place' });
    expect([...data.keys()]).toEqual([key]);
    expect(state.unreadable).toBe(corrupt);

    // Every kind of write this session lives in memory, and the original stays as it was.
    store.markLessonRead('m/one');
    store.recordQuizAttempt('m', 0.8);
    store.importProgress({ ...emptyProgress(), lessons: { 'm/two': { readAt: '2026-01-01' } } });
    expect(Object.keys(store.readProgress().progress.lessons).sort()).toEqual(['m/one', 'm/two']);
    expect(store.readProgress().progress.quizzes.m?.last).toBe(0.8);
    store.resetProgress();
    expect(store.readProgress().progress).toEqual(emptyProgress());
    expect([...data.keys()]).toEqual([key]);
    expect(data.get(key)).toBe(corrupt);
  });

  it('deletes the data left in place only when asked, then saves what was made meanwhile', async () => {
    data = fakeBrowser(quota);
    data.set(key, corrupt);
    const store = await freshStore();
    store.readProgress();
    store.markLessonRead('m/one');
    expect(data.get(key)).toBe(corrupt);
    store.discardUnreadable();
    expect(JSON.parse(data.get(key) ?? '{}').lessons['m/one']).toBeDefined();
    expect(store.readProgress().notice).toBeUndefined();
    store.markLessonRead('m/two');
    expect(Object.keys(JSON.parse(data.get(key) ?? '{}').lessons).sort()).toEqual(['m/one', 'm/two']);
  });

  it('deletes nothing else: not data another tab wrote since, nor readable progress that could not be updated', async () => {
    data = fakeBrowser(quota);
    data.set(key, corrupt);
    let store = await freshStore();
    store.readProgress();
    data.set(key, JSON.stringify({ ...emptyProgress(), lessons: { 'm/other-tab': { readAt: '2026-01-01' } } }));
    const otherTab = data.get(key);
    store.discardUnreadable();
    expect(data.get(key)).toBe(otherTab);

    data.clear();
    data.set(key, otherTab!);
    data.set('another-site-key', 'y'.repeat(quota - 40 - otherTab!.length));
    store = await freshStore();
    store.markLessonRead('m/one');
    expect(store.readProgress().notice).toEqual({ kind: 'not-saved' });
    store.discardUnreadable();
    expect(data.get(key)).toBe(otherTab);
  });

  it('says where the copy is when there was room for it, and offers the data too', async () => {
    data = fakeBrowser(quota);
    const small = '{"version": 2, "lessons": [oops';
    data.set(key, small);
    const store = await freshStore();
    const state = store.readProgress();
    const aside = [...data.keys()].find((k) => k.startsWith(`${key}:unreadable:`));
    expect(aside && data.get(aside)).toBe(small);
    expect(said(state.notice)).toContain(`kept in this browser under "${aside}"`);
    expect(state.unreadable).toBe(small);
    store.dismissNotice();
    expect(store.readProgress().unreadable).toBeUndefined();
  });

  it('keeps progress for the page view, with a notice, when a save is refused', async () => {
    data = fakeBrowser(quota);
    data.set('another-site-key', 'y'.repeat(quota - 30));
    const store = await freshStore();
    store.markLessonRead('m/one');
    const state = store.readProgress();
    expect(state.progress.lessons['m/one']).toBeDefined();
    expect(said(state.notice)).toMatch(/could not be saved/);
    store.recordQuizAttempt('m', 0.9);
    expect(store.readProgress().progress.lessons['m/one']).toBeDefined();
    expect(store.readProgress().progress.quizzes.m?.best).toBe(0.9);
    expect(data.has(key)).toBe(false);
  });
});

describe('times in the future', () => {
  it('an imported record dated 2099 does not stay "last" for ever', async () => {
    const store = await freshStore();
    store.recordQuizAttempt('m', 0.5, '2026-01-01T00:00:00.000Z');
    const file = { version: 2, lessons: { 'm/one': { readAt: '2099-01-01T00:00:00.000Z' } }, quizzes: { m: { best: 0.3, last: 0.3, passed: false, attempts: 1, at: '2099-01-01T00:00:00.000Z' } } };
    const imported = parseProgressFile(JSON.stringify(file));
    if (!imported.ok) throw new Error(imported.reason);
    store.importProgress(imported.progress);
    // The imported attempt claims to be the latest and is taken as just now...
    expect(store.readProgress().progress.quizzes.m).toMatchObject({ best: 0.5, last: 0.3 });
    // ...so the next real attempt replaces it.
    store.recordQuizAttempt('m', 0.9);
    expect(store.readProgress().progress.quizzes.m).toMatchObject({ best: 0.9, last: 0.9 });
    expect(store.readProgress().progress.lessons['m/one']!.readAt < '2099').toBe(true);
  });

  it('are read as now, and only those', () => {
    const now = '2026-06-01T00:00:00.000Z';
    vi.useFakeTimers({ now: Date.parse(now), toFake: ['Date'] });
    try {
      const p = migrate({
        version: 3,
        lessons: { 'm/a': { readAt: '2026-05-01' }, 'm/b': { readAt: '2030-01-01' }, 'm/c': { readAt: 'not a time' } },
        quizzes: { m: { best: 1, last: 1, passed: true, attempts: 1, at: '2099-01-01', history: [{ score: 1, at: '2099-01-01' }] } },
        experiments: { 'm/a/x': { prediction: 'up', predictedAt: '2099-01-01', outcome: { correct: true, answer: 'up', before: 1, after: 2, at: '2099-01-02' } } },
      });
      expect(p?.lessons).toEqual({ 'm/a': { readAt: '2026-05-01' }, 'm/b': { readAt: now }, 'm/c': { readAt: 'not a time' } });
      expect(p?.quizzes.m?.at).toBe(now);
      expect(p?.quizzes.m?.history?.[0]?.at).toBe(now);
      expect(p?.experiments['m/a/x']).toMatchObject({ predictedAt: now, outcome: { at: now } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('progress files', () => {
  it('round-trips an export', () => {
    const p: Progress = {
      ...emptyProgress(),
      lessons: { 'm/one': { readAt: '2026-01-01' } },
      experiments: { 'm/one/x': { prediction: 'up', predictedAt: '2026-01-01', outcome: { correct: true, answer: 'up', before: 0, after: 1, at: '2026-01-02' } } },
      lastVisited: '/learn/m/one/',
    };
    expect(parseProgressFile(serializeProgress(p))).toEqual({ ok: true, progress: p });
    expect(describeProgress(p)).toBe('1 lesson read, 0 quiz results, 1 experiment');
    expect(describeProgress(emptyProgress())).toBe('0 lessons read, 0 quiz results');
  });

  it('imports a version 2 file', () => {
    const v2 = { version: 2, lessons: { 'm/one': { readAt: '2026-01-01' } }, quizzes: {} };
    expect(parseProgressFile(JSON.stringify(v2))).toEqual({ ok: true, progress: { ...v2, version: 4, experiments: {}, exercises: {} } });
  });

  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    ['JSON of another kind', '{"name": "my notes"}', /not a Scale to Zero progress file/],
    ['from a newer version', '{"version": 5, "lessons": {}}', /newer version/],
    ['too large', `{"version": 2, "x": "${'a'.repeat(1_000_001)}"}`, /too large/],
  ])('refuses a file that is %s, with a reason', (_name, text, reason) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
