/**
 * The content check proves the exercises in the build's CPython; learners run them in Pyodide,
 * a newer Python compiled to WebAssembly. This runs every solution and start there too (Pyodide
 * works in Node), so a difference between the two versions fails here rather than in a lesson.
 * It needs the `pyodide` package, which the browser runtime installs; without it, it is skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExercises } from './load';

const pyodideDir = path.join(process.cwd(), 'node_modules', 'pyodide');
const available = fs.existsSync(path.join(pyodideDir, 'pyodide.mjs'));

interface PyProxy {
  toJs(options: { dict_converter: typeof Object.fromEntries }): { status: string; failures: string[]; error: string | null };
}
interface Pyodide {
  FS: { mkdirTree(dir: string): void; writeFile(file: string, text: string): void };
  runPython(code: string): unknown;
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
}

function* pythonFiles(dir: string, prefix = ''): Generator<[string, string]> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__pycache__') continue;
    if (entry.isDirectory()) yield* pythonFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    else if (entry.name.endsWith('.py')) yield [`${prefix}${entry.name}`, fs.readFileSync(path.join(dir, entry.name), 'utf8')];
  }
}

describe.skipIf(!available)("every exercise in the browser's Python (Pyodide, in Node)", () => {
  it('solutions pass and starts fail', { timeout: 180_000 }, async () => {
    const { loadPyodide } = (await import(/* @vite-ignore */ pathToFileURL(path.join(pyodideDir, 'pyodide.mjs')).href)) as {
      loadPyodide(options: { indexURL: string }): Promise<Pyodide>;
    };
    const py = await loadPyodide({ indexURL: `${pyodideDir}/` });
    py.setStdout({ batched: () => {} });
    py.setStderr({ batched: () => {} });
    for (const [file, text] of pythonFiles(path.join(process.cwd(), 'python'))) {
      py.FS.mkdirTree(path.posix.dirname(`/course-lib/${file}`));
      py.FS.writeFile(`/course-lib/${file}`, text);
    }
    py.runPython('import sys; sys.path.insert(0, "/course-lib")');
    const run = py.runPython('from runner import run_exercise; run_exercise') as (code: string, checks: string) => PyProxy;
    const wrong: string[] = [];
    for (const exercise of loadExercises()) {
      for (const which of ['solution', 'start'] as const) {
        const result = run(exercise[which], exercise.checks).toJs({ dict_converter: Object.fromEntries });
        const expected = which === 'solution' ? 'passed' : 'failed';
        if (result.status !== expected) wrong.push(`${exercise.dir}/${which}.py: ${result.status} ${result.failures.join(' | ')}${result.error ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
