import type { Chunk } from './output';

/** What python/runner.py's run_exercise returns, plus how many checks ran. */
export interface RunResult {
  status: 'passed' | 'failed' | 'error';
  failures: string[];
  /** The learner's traceback when their code raised, else null. */
  error: string | null;
  /** How many check() calls the checks made (0 when the learner's code raised first). */
  checks: number;
}

export interface RunRequest {
  code: string;
  checks: string;
}

/** Page → worker. `base` and `files` are URLs: the worker knows nothing about the site's layout. */
export type ToWorker = { type: 'run'; id: number; base: string; files: string } & RunRequest;

/** Worker → page. `started` comes once Python is loaded and the learner's code begins. */
export type FromWorker =
  | { type: 'started'; id: number }
  | { type: 'output'; id: number; chunks: Chunk[] }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'failed'; id: number; message: string };
