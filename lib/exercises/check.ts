/**
 * The content check for Python exercises: every solution passes its own checks and every
 * starting code fails them (without crashing first), in CPython through python/runner.py, the
 * file the browser runs too; and every exercise folder is placed in its lesson exactly once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExercises } from './load';
import type { Exercise } from './schema';
import { checkExercisePlacement, type LessonRef } from './usage';

export interface RunResult {
  key: string;
  status: 'passed' | 'failed' | 'error';
  failures: string[];
  error: string | null;
  timedOut: boolean;
  ms: number;
  output: string;
}

export interface RunSpec {
  key: string;
  code: string;
  checks: string;
  timeLimitMs: number;
}

// Beside this code, not under the working directory: the check may run on a copy of content/ alone.
const driver = () => fileURLToPath(new URL('../../scripts/check_exercises.py', import.meta.url));

/** Runs (code, checks) pairs in one python3 process; throws with python's own words if it cannot start. */
export function runInPython(specs: RunSpec[], python = 'python3'): RunResult[] {
  if (specs.length === 0) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-exercises-'));
  try {
    const input = path.join(dir, 'runs.json');
    fs.writeFileSync(input, JSON.stringify(specs));
    // Each run has its own limit inside python; this one only stops a driver that hangs outright.
    const budget = specs.reduce((sum, s) => sum + s.timeLimitMs, 10_000);
    const run = spawnSync(python, [driver(), input], { encoding: 'utf8', timeout: budget, maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new Error(`${python}: could not run the exercises: ${run.error.message}`);
    const results = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as RunResult);
    if (run.status !== 0 || results.length !== specs.length) {
      throw new Error(`${python} ${path.relative(process.cwd(), driver())} stopped after ${results.length} of ${specs.length} runs (exit ${run.status}):\n${run.stderr.trim()}`);
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const lastLine = (text: string | null) => (text ?? '').trim().split('\n').pop() ?? '';

/** Why a solution run is not a pass, or a start run not an honest fail; undefined when it is right. */
export function judge(which: 'solution' | 'start', r: RunResult): string | undefined {
  if (r.timedOut) return `ran past its time limit (${r.ms} ms)`;
  if (which === 'solution') {
    if (r.status === 'passed') return undefined;
    if (r.status === 'error') return `raises before the checks run: ${lastLine(r.error)}`;
    return `does not pass its own checks: ${r.failures.join(' | ')}`;
  }
  if (r.status === 'failed') return undefined;
  if (r.status === 'error') return `raises before the checks run (a starting code must run, then fail its checks): ${lastLine(r.error)}`;
  return 'passes its checks: the starting code must leave the learner something to do';
}

export interface ExerciseCheck {
  errors: string[];
  runs: RunResult[];
  ms: number;
}

/** Runs every exercise's solution and starting code; one error per file that misbehaves. */
export function checkExerciseRuns(exercises: Exercise[], python = 'python3'): ExerciseCheck {
  const started = performance.now();
  const specs = exercises.flatMap((e) =>
    (['solution', 'start'] as const).map((which) => ({ key: `${e.dir}/${which}.py`, code: e[which], checks: e.checks, timeLimitMs: e.timeLimitMs })),
  );
  const runs = runInPython(specs, python);
  const errors: string[] = [];
  runs.forEach((r) => {
    const which = r.key.endsWith('/solution.py') ? 'solution' : 'start';
    const problem = judge(which, r);
    if (problem) errors.push(`${r.key}: ${problem}`);
  });
  return { errors, runs, ms: performance.now() - started };
}

/** The content check's part: folders load, each is placed once in its lesson, solutions pass and starts fail. */
export function checkCourseExercises(lessons: LessonRef[]): { summary: string; errors: string[] } {
  let exercises: Exercise[];
  try {
    exercises = loadExercises();
  } catch (error) {
    return { summary: 'Python exercises: not run (a folder did not load)', errors: [(error as Error).message] };
  }
  const errors = checkExercisePlacement(lessons, exercises);
  try {
    const result = checkExerciseRuns(exercises);
    errors.push(...result.errors);
    const verdict = result.errors.length ? 'some do not behave (below)' : 'solutions pass, starts fail';
    return { summary: `${exercises.length} Python exercises: ${verdict} (${(result.ms / 1000).toFixed(1)} s)`, errors };
  } catch (error) {
    return { summary: 'Python exercises: could not run', errors: [...errors, (error as Error).message] };
  }
}
