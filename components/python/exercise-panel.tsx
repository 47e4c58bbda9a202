'use client';

import { startTransition, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/progress/confirm-dialog';
import { recordExercisePassed } from '@/components/progress/store';
import { outcomeMessage } from '@/lib/python/client';
import { appendChunks, type Chunk } from '@/lib/python/output';
import type { RunResult } from '@/lib/python/protocol';
import { readSavedCode, writeSavedCode } from '@/lib/python/saved-code';
import { exerciseData, sharedRunner } from '@/lib/python/shared-runner';
import { CodeEditor, type EditorHandle } from './code-editor';
import type { ExerciseProps } from './exercise-island';
import { OutputPane, ResultView } from './run-output';

type Phase = 'idle' | 'loading' | 'running';

const button = 'inline-flex h-10 items-center gap-2 rounded-lg border px-4 text-sm font-medium';

export function ExercisePanel({ id, title, start, timeLimitMs, focusOnMount = false }: ExerciseProps & { focusOnMount?: boolean }) {
  const [saved] = useState(() => readSavedCode(id, start));
  const [ran, setRan] = useState(saved.ran);
  const [phase, setPhase] = useState<Phase>('idle');
  const [output, setOutput] = useState<Chunk[]>([]);
  const [result, setResult] = useState<RunResult>();
  const [notice, setNotice] = useState<string>();
  const [solution, setSolution] = useState<string>();
  const [solutionOpen, setSolutionOpen] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const editor = useRef<EditorHandle | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Set at once on Run, before React has rendered the new phase: a second press is ignored.
  const going = useRef(false);
  const hintId = useId();
  const solutionId = useId();

  const persist = useCallback(
    (code: string, hasRun: boolean) => {
      if (!writeSavedCode(id, { code, ran: hasRun })) setNotSaved(true);
    },
    [id],
  );

  useEffect(() => {
    if (focusOnMount) editor.current?.focus();
  }, [focusOnMount]);
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const onChange = (code: string) => {
    // Saved a moment after typing stops: one write per pause, not one per key.
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => persist(code, ran), 300);
  };

  const run = async () => {
    const runner = sharedRunner();
    if (going.current) return;
    going.current = true;
    const code = editor.current?.getCode() ?? saved.code;
    clearTimeout(saveTimer.current);
    persist(code, true);
    // Rendered in slices React may interrupt: the press itself stays a short task on a slow phone.
    startTransition(() => {
      setRan(true);
      setOutput([]);
      setResult(undefined);
      setNotice(undefined);
      setPhase(runner.loaded ? 'running' : 'loading');
    });
    let checks: string;
    try {
      checks = (await exerciseData(id)).checks;
    } catch (error) {
      going.current = false;
      setPhase('idle');
      setNotice(`Could not run: ${(error as Error).message}. Check your connection and press Run again.`);
      return;
    }
    const started = runner.run({ code, checks }, timeLimitMs, {
      onStarted: () => setPhase('running'),
      onOutput: (chunks) => setOutput((before) => appendChunks(before, chunks)),
      onDone: (outcome) => {
        going.current = false;
        setPhase('idle');
        if (outcome.kind !== 'result') return setNotice(outcomeMessage(outcome));
        setResult(outcome.result);
        if (outcome.result.status === 'passed') recordExercisePassed(id);
      },
    });
    if (!started) {
      going.current = false;
      setPhase('idle');
      setNotice('Another exercise on this page is running. Wait for it to finish, or stop it, then press Run again.');
    }
  };

  const toggleSolution = async () => {
    if (solutionOpen) return setSolutionOpen(false);
    try {
      setSolution((await exerciseData(id)).solution);
      setSolutionOpen(true);
    } catch (error) {
      setNotice(`Could not load the solution: ${(error as Error).message}.`);
    }
  };

  const busy = phase !== 'idle';
  return (
    <div className="mt-3">
      <p id={hintId} className="mb-2 text-xs text-muted">
        Tab indents. To leave the editor with the keyboard, press Esc, then Tab. Ctrl+Enter (⌘+Enter on a Mac) runs your code.
      </p>
      <CodeEditor initial={saved.code} label={`Python code: ${title}`} describedBy={hintId} onChange={onChange} onRun={() => void run()} handleRef={editor} />
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => void run()}
          aria-disabled={busy}
          className={`${button} border-transparent bg-accent text-accent-fg aria-disabled:opacity-70`}
        >
          <span aria-hidden="true">▶</span> {phase === 'loading' ? 'Loading Python…' : phase === 'running' ? 'Running…' : 'Run'}
        </button>
        {busy && (
          <button type="button" onClick={() => sharedRunner().stop()} className={`${button} border-line bg-bg-raised`}>
            <span aria-hidden="true">■</span> Stop
          </button>
        )}
        <button type="button" onClick={() => setConfirmReset(true)} className={`${button} border-line bg-bg-raised`}>
          Reset
        </button>
        {ran && (
          <button type="button" onClick={() => void toggleSolution()} aria-expanded={solutionOpen} aria-controls={solutionId} className={`${button} border-line bg-bg-raised`}>
            {solutionOpen ? 'Hide solution' : 'Show solution'}
          </button>
        )}
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-muted">
        {phase === 'loading' ? 'Loading Python: about 6 MB the first time, kept for offline use after that.' : phase === 'running' ? 'Running your code…' : ''}
      </p>
      {notice && (
        <p role="alert" className="mt-2 rounded-lg border-l-4 border-warn bg-bg-raised p-3 text-sm">
          <span aria-hidden="true">⚠ </span>
          {notice}
        </p>
      )}
      <OutputPane chunks={output} />
      <ResultView result={result} onGoToLine={(line) => editor.current?.goToLine(line)} />
      {notSaved && <p className="mt-2 text-xs text-muted">This browser did not let the course keep your code (storage full or turned off): it is lost on reload.</p>}
      <div id={solutionId} hidden={!solutionOpen} className="mt-3 rounded-lg border border-line bg-bg-raised p-3">
        <p className="text-sm font-semibold">One solution</p>
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <pre tabIndex={0} className="mt-2 overflow-x-auto font-mono text-[0.85rem] leading-relaxed">
          <code>{solution}</code>
        </pre>
        <button type="button" onClick={() => solution !== undefined && editor.current?.setCode(solution)} className={`${button} mt-2 border-line`}>
          Put it in the editor
        </button>
        <p className="mt-1 text-xs text-muted">Your own code comes back with Ctrl+Z (⌘+Z) in the editor.</p>
      </div>
      <ConfirmDialog
        open={confirmReset}
        title="Reset to the starting code?"
        confirmLabel="Reset the code"
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          editor.current?.setCode(start);
          persist(start, ran);
          editor.current?.focus();
        }}
      >
        This replaces your code for “{title}” with the code the exercise started with. Until you leave the page, Ctrl+Z in the editor brings yours back.
      </ConfirmDialog>
    </div>
  );
}
