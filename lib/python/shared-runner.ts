import { PythonRunner, type WorkerLike } from './client';
import { exerciseDataUrl, pyodideBase, pythonFilesUrl, pythonWorkerUrl } from './runtime';

let runner: PythonRunner | undefined;

/** One runner for the page: every exercise on it shares the worker, so Python loads once. */
export function sharedRunner(): PythonRunner {
  runner ??= new PythonRunner(
    () => new Worker(pythonWorkerUrl, { type: 'module', name: 'python' }) as unknown as WorkerLike,
    { base: pyodideBase, files: pythonFilesUrl },
  );
  return runner;
}

export interface ExerciseData {
  id: string;
  solution: string;
  checks: string;
}

const data = new Map<string, Promise<ExerciseData>>();

/** The solution and checks of one exercise, fetched once; a failed fetch is forgotten so Run can retry. */
export function exerciseData(id: string): Promise<ExerciseData> {
  let pending = data.get(id);
  if (!pending) {
    pending = fetch(exerciseDataUrl(id)).then(async (r) => {
      if (!r.ok) throw new Error(`the exercise's checks could not be loaded (HTTP ${r.status})`);
      return (await r.json()) as ExerciseData;
    });
    pending.catch(() => data.delete(id));
    data.set(id, pending);
  }
  return pending;
}
