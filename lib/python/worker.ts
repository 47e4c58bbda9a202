/**
 * The Python worker: loads Pyodide on its first message (nothing of the 6 MB runtime is fetched
 * before a learner presses Run), puts the course's python/ folder on sys.path, then runs each
 * exercise through python/runner.py. Everything heavy happens here, off the page's main thread.
 */
import type { PyodideInterface } from 'pyodide';
import { OutputBuffer, type Stream } from './output';
import type { FromWorker, RunResult, ToWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

// Where python/ lives inside Pyodide's in-memory file system.
const PYTHON_DIR = '/home/pyodide/course-python';

let runId = 0;
const output = new OutputBuffer((chunks) => scope.postMessage({ type: 'output', id: runId, chunks }));

// The browser has no terminal: input() would block for ever, so it says so at once. The runner
// reports it as the learner's error, pointing at the line that called it.
const setup = `
import builtins, json, sys
sys.path.insert(0, ${JSON.stringify(PYTHON_DIR)})
sys.dont_write_bytecode = True

def input(prompt=""):
    raise RuntimeError("input() is not available here: this Python runs in your browser, with no keyboard to read from. Give the value in your code instead.")

builtins.input = input
del input

from runner import run_exercise

def _stz_run(code, checks):
    return json.dumps(run_exercise(code, checks))
`;

function writer(stream: Stream) {
  const decoder = new TextDecoder();
  return {
    write(buffer: Uint8Array) {
      output.write(stream, decoder.decode(buffer, { stream: true }));
      return buffer.length;
    },
  };
}

async function load(base: string, filesUrl: string): Promise<PyodideInterface> {
  // A URL known only at run time: the bundler must leave this import to the browser.
  const { loadPyodide } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${base}pyodide.mjs`)) as typeof import('pyodide');
  const [py, files] = await Promise.all([
    loadPyodide({ indexURL: base }),
    fetch(filesUrl).then((r) => {
      if (!r.ok) throw new Error(`${filesUrl}: HTTP ${r.status}`);
      return r.json() as Promise<Record<string, string>>;
    }),
  ]);
  for (const [file, text] of Object.entries(files)) {
    const target = `${PYTHON_DIR}/${file}`;
    py.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    py.FS.writeFile(target, text);
  }
  py.setStdout(writer('stdout'));
  py.setStderr(writer('stderr'));
  py.setStdin({ error: true });
  py.runPython(setup, { filename: '<browser>' });
  return py;
}

let ready: Promise<PyodideInterface> | undefined;

scope.onmessage = async (event) => {
  const message = event.data;
  if (message.type !== 'run') return;
  const { id } = message;
  let py: PyodideInterface;
  try {
    ready ??= load(message.base, message.files);
    py = await ready;
  } catch (error) {
    ready = undefined;
    scope.postMessage({ type: 'failed', id, message: `Python could not load: ${error instanceof Error ? error.message : String(error)}. Check your connection and press Run again.` });
    return;
  }
  runId = id;
  output.reset();
  scope.postMessage({ type: 'started', id });
  try {
    const run = py.globals.get('_stz_run') as (code: string, checks: string) => string;
    const raw = JSON.parse(run(message.code, message.checks)) as Omit<RunResult, 'checks'> & { checks?: number };
    output.flush();
    scope.postMessage({ type: 'result', id, result: { ...raw, checks: raw.checks ?? 0 } });
  } catch (error) {
    output.flush();
    scope.postMessage({ type: 'failed', id, message: `The exercise runner failed: ${error instanceof Error ? error.message : String(error)}` });
  }
};
