import type { Chunk } from './output';
import type { FromWorker, RunRequest, RunResult, ToWorker } from './protocol';

/** The part of a Worker the runner uses, so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export type RunOutcome =
  | { kind: 'result'; result: RunResult }
  /** The run passed its time limit; the worker was ended and the next run starts a fresh one. */
  | { kind: 'timeout'; limitMs: number }
  /** The learner pressed Stop; as with a timeout, the worker was ended. */
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

export interface RunCallbacks {
  /** Python is loaded and the learner's code has begun: the time limit counts from here. */
  onStarted?: () => void;
  onOutput: (chunks: Chunk[]) => void;
  onDone: (outcome: RunOutcome) => void;
}

export interface Timers {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const realTimers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/** Loading (6 MB, then compiling it) may take long on a slow line; past this, something is wrong. */
export const LOAD_LIMIT_MS = 120_000;

interface Current {
  id: number;
  callbacks: RunCallbacks;
  timer: unknown;
  limitMs: number;
}

/**
 * Runs exercises in one Web Worker, started on the first run and kept for the next (the runtime
 * loads once per page). A run past its time limit cannot be interrupted from inside (Python holds
 * the worker's thread), so the worker is ended, and the next run starts a fresh one.
 */
export class PythonRunner {
  private worker?: WorkerLike;
  private current?: Current;
  private nextId = 1;
  private warm = false;

  constructor(
    private readonly create: () => WorkerLike,
    private readonly urls: { base: string; files: string },
    private readonly timers: Timers = realTimers,
    private readonly loadLimitMs = LOAD_LIMIT_MS,
  ) {}

  get busy(): boolean {
    return this.current !== undefined;
  }

  /** True once a worker has Python loaded, so the next run starts at once. */
  get loaded(): boolean {
    return this.warm && this.worker !== undefined;
  }

  /** Starts a run; false (and nothing happens) while another run is going. */
  run(request: RunRequest, limitMs: number, callbacks: RunCallbacks): boolean {
    if (this.current) return false;
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const loading = !this.warm;
    this.current = { id, callbacks, limitMs, timer: undefined };
    this.current.timer = this.timers.set(() => this.endWorker(loading ? { kind: 'failed', message: loadTimeoutMessage } : { kind: 'timeout', limitMs }), loading ? this.loadLimitMs : limitMs);
    worker.postMessage({ type: 'run', id, base: this.urls.base, files: this.urls.files, ...request });
    return true;
  }

  /** Ends the current run at once (the learner's Stop button). */
  stop(): void {
    if (this.current) this.endWorker({ kind: 'stopped' });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event) => this.receive(event.data);
    // A worker script that cannot load (offline before the first Run, a blocked request) ends here.
    worker.onerror = (event) => {
      event.preventDefault?.();
      const detail = typeof ErrorEvent !== 'undefined' && event instanceof ErrorEvent && event.message ? ` (${event.message})` : '';
      this.endWorker({ kind: 'failed', message: `Python could not start${detail}. Check your connection and press Run again.` });
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const current = this.current;
    if (!current || message.id !== current.id) return;
    switch (message.type) {
      case 'started':
        this.warm = true;
        // The time limit is the learner's code's: loading Python does not count against it.
        this.timers.clear(current.timer);
        current.timer = this.timers.set(() => this.endWorker({ kind: 'timeout', limitMs: current.limitMs }), current.limitMs);
        current.callbacks.onStarted?.();
        break;
      case 'output':
        current.callbacks.onOutput(message.chunks);
        break;
      case 'result':
        this.finish({ kind: 'result', result: message.result });
        break;
      case 'failed':
        this.finish({ kind: 'failed', message: message.message });
        break;
    }
  }

  private finish(outcome: RunOutcome): void {
    const current = this.current;
    if (!current) return;
    this.timers.clear(current.timer);
    this.current = undefined;
    current.callbacks.onDone(outcome);
  }

  private endWorker(outcome: RunOutcome): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.warm = false;
    this.finish(outcome);
  }
}

export const loadTimeoutMessage = 'Python did not start within two minutes. Check your connection and press Run again.';

/** The plain-words message for an outcome that is not a result. */
export function outcomeMessage(outcome: Exclude<RunOutcome, { kind: 'result' }>): string {
  switch (outcome.kind) {
    case 'timeout':
      return `Stopped after ${outcome.limitMs / 1000} s: your code was still running (an endless loop?). Python restarts on your next Run.`;
    case 'stopped':
      return 'Stopped. Python restarts on your next Run.';
    case 'failed':
      return outcome.message;
  }
}
