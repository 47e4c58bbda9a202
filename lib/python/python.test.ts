import { describe, expect, it } from 'vitest';
import { PythonRunner, loadTimeoutMessage, outcomeMessage, type RunOutcome, type Timers, type WorkerLike } from './client';
import { OutputBuffer, appendChunks, truncatedNote, type Chunk } from './output';
import type { FromWorker, ToWorker } from './protocol';
import { PYODIDE_VERSION } from './runtime';
import pkg from '../../package.json';
import pyodidePkg from 'pyodide/package.json';

describe('OutputBuffer', () => {
  it('joins writes of one stream and sends at most once per interval, then the rest on flush', () => {
    let t = 0;
    const sent: Chunk[][] = [];
    const buffer = new OutputBuffer((c) => sent.push(c), () => t, 50);
    buffer.write('stdout', 'a');
    buffer.write('stdout', 'b\n');
    buffer.write('stderr', 'oops\n');
    expect(sent).toEqual([]);
    t = 60;
    buffer.write('stdout', 'c');
    expect(sent).toEqual([[{ stream: 'stdout', text: 'ab\n' }, { stream: 'stderr', text: 'oops\n' }, { stream: 'stdout', text: 'c' }]]);
    buffer.write('stdout', 'd');
    buffer.flush();
    expect(sent[1]).toEqual([{ stream: 'stdout', text: 'd' }]);
    buffer.flush();
    expect(sent).toHaveLength(2);
  });

  it('keeps only the first characters up to the limit and says once that it cut', () => {
    const sent: Chunk[][] = [];
    const buffer = new OutputBuffer((c) => sent.push(c), () => 0, 50, 10);
    buffer.write('stdout', '12345678');
    buffer.write('stdout', 'abcdef');
    buffer.write('stdout', 'never');
    buffer.flush();
    expect(sent).toEqual([[{ stream: 'stdout', text: '12345678ab' }, { stream: 'stderr', text: truncatedNote }]]);
    buffer.reset();
    buffer.write('stdout', 'again');
    buffer.flush();
    expect(sent[1]).toEqual([{ stream: 'stdout', text: 'again' }]);
  });

  it('appendChunks merges a stream with itself only, and skips empty text', () => {
    const merged = appendChunks([{ stream: 'stdout', text: 'a' }], [{ stream: 'stdout', text: 'b' }, { stream: 'stderr', text: '' }, { stream: 'stderr', text: 'x' }]);
    expect(merged).toEqual([{ stream: 'stdout', text: 'ab' }, { stream: 'stderr', text: 'x' }]);
  });
});

class FakeWorker implements WorkerLike {
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  postMessage(message: ToWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let handle = 0;
  const timers: Timers = {
    set: (fn, ms) => {
      pending.set(++handle, { fn, ms });
      return handle;
    },
    clear: (h) => void pending.delete(h as number),
  };
  const fire = () => {
    const entries = [...pending.entries()];
    pending.clear();
    for (const [, t] of entries) t.fn();
    return entries.map(([, t]) => t.ms);
  };
  const runner = new PythonRunner(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    { base: '/pyodide/x/', files: '/python/files.json' },
    timers,
    1000,
  );
  const outcomes: RunOutcome[] = [];
  const output: Chunk[][] = [];
  const callbacks = { onOutput: (c: Chunk[]) => output.push(c), onDone: (o: RunOutcome) => outcomes.push(o) };
  return { runner, workers, fire, pending, outcomes, output, callbacks };
}

describe('PythonRunner', () => {
  const request = { code: 'print(1)', checks: '' };
  const result = { status: 'passed' as const, failures: [], error: null, checks: 2 };

  it('starts no worker until the first run, then reuses it', () => {
    const { runner, workers, outcomes, callbacks } = setup();
    expect(workers).toHaveLength(0);
    expect(runner.run(request, 5000, callbacks)).toBe(true);
    expect(workers).toHaveLength(1);
    const w = workers[0]!;
    expect(w.posted[0]).toMatchObject({ type: 'run', id: 1, code: 'print(1)', base: '/pyodide/x/' });
    w.say({ type: 'started', id: 1 });
    w.say({ type: 'result', id: 1, result });
    expect(outcomes).toEqual([{ kind: 'result', result }]);
    expect(runner.loaded).toBe(true);
    runner.run(request, 5000, callbacks);
    expect(workers).toHaveLength(1);
    expect(w.posted[1]).toMatchObject({ id: 2 });
  });

  it('counts the time limit from the start of the code, not the load, and ends the worker past it', () => {
    const { runner, workers, fire, pending, outcomes, callbacks } = setup();
    runner.run(request, 5000, callbacks);
    // While loading, only the (long) load limit runs.
    expect([...pending.values()].map((t) => t.ms)).toEqual([1000]);
    workers[0]!.say({ type: 'started', id: 1 });
    expect(fire()).toEqual([5000]);
    expect(workers[0]!.terminated).toBe(true);
    expect(outcomes).toEqual([{ kind: 'timeout', limitMs: 5000 }]);
    expect(runner.busy).toBe(false);
    expect(runner.loaded).toBe(false);
    // A late message from the ended worker changes nothing; the next run gets a fresh worker.
    workers[0]!.say({ type: 'result', id: 1, result });
    expect(outcomes).toHaveLength(1);
    runner.run(request, 5000, callbacks);
    expect(workers).toHaveLength(2);
  });

  it('gives up on a load that never finishes, with a message', () => {
    const { runner, workers, fire, outcomes, callbacks } = setup();
    runner.run(request, 5000, callbacks);
    fire();
    expect(workers[0]!.terminated).toBe(true);
    expect(outcomes).toEqual([{ kind: 'failed', message: loadTimeoutMessage }]);
  });

  it('refuses a second run while one is going, and stops on request', () => {
    const { runner, workers, outcomes, callbacks, output } = setup();
    runner.run(request, 5000, callbacks);
    expect(runner.run(request, 5000, callbacks)).toBe(false);
    workers[0]!.say({ type: 'started', id: 1 });
    workers[0]!.say({ type: 'output', id: 1, chunks: [{ stream: 'stdout', text: 'hi' }] });
    expect(output).toEqual([[{ stream: 'stdout', text: 'hi' }]]);
    runner.stop();
    expect(workers[0]!.terminated).toBe(true);
    expect(outcomes).toEqual([{ kind: 'stopped' }]);
  });

  it('words a timeout plainly', () => {
    expect(outcomeMessage({ kind: 'timeout', limitMs: 5000 })).toBe('Stopped after 5 s: your code was still running (an endless loop?). Python restarts on your next Run.');
  });
});

describe('the runtime pin', () => {
  it('is one exact version in package.json, the installed package and lib/python/runtime.ts', () => {
    expect(pkg.devDependencies.pyodide).toBe(PYODIDE_VERSION);
    expect(pyodidePkg.version).toBe(PYODIDE_VERSION);
  });
});
