'use client';

import { useId } from 'react';
import type { Chunk } from '@/lib/python/output';
import type { RunResult } from '@/lib/python/protocol';

/**
 * What the learner's code printed, as it streams in. Error output (stderr) is marked in words and
 * by a bar beside it, not by colour alone.
 */
export function OutputPane({ chunks }: { chunks: Chunk[] }) {
  const labelId = useId();
  return (
    <div className="mt-3">
      <p id={labelId} className="text-xs font-semibold tracking-wide text-muted uppercase">
        Output
      </p>
      {/* Focusable so long output scrolls by keyboard; polite so printing does not interrupt. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div aria-labelledby={labelId} aria-live="polite" tabIndex={0} data-output="" role="log" className="mt-1 max-h-72 min-h-12 overflow-auto rounded-lg border border-line bg-bg-raised p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap">
        {chunks.length === 0 ? (
          <span className="font-sans text-muted">Nothing printed yet.</span>
        ) : (
          chunks.map((c, i) =>
            c.stream === 'stderr' ? (
              <span key={i} data-stream="stderr" className="my-1 block border-l-4 border-bad pl-2 text-bad">
                <span className="font-sans text-[0.7rem] font-semibold uppercase">Error output: </span>
                {c.text}
              </span>
            ) : (
              <span key={i} data-stream="stdout">
                {c.text}
              </span>
            ),
          )
        )}
      </div>
    </div>
  );
}

const mainLine = /File "main\.py", line (\d+)/g;

/** The lines of the learner's code a traceback passes through, last (where it raised) first. */
export function tracebackLines(traceback: string): number[] {
  const lines = [...traceback.matchAll(mainLine)].map((m) => Number(m[1]));
  return [...new Set(lines.reverse())];
}

/** "All 3 checks passed", each failure as a list item, or the traceback of the learner's error. */
export function ResultView({ result, onGoToLine }: { result?: RunResult; onGoToLine: (line: number) => void }) {
  return (
    <div role="status" className="mt-3" data-result={result?.status ?? ''}>
      {result?.status === 'passed' && (
        <p className="rounded-lg border-l-4 border-ok bg-bg-raised p-3 text-sm font-semibold text-ok">
          <span aria-hidden="true">✓ </span>
          {result.checks > 0 ? `All ${result.checks} ${result.checks === 1 ? 'check' : 'checks'} passed.` : 'All checks passed.'}
        </p>
      )}
      {result?.status === 'failed' && (
        <div className="rounded-lg border-l-4 border-bad bg-bg-raised p-3 text-sm">
          <p className="font-semibold">
            <span aria-hidden="true">✗ </span>
            Not yet: {result.failures.length} {result.failures.length === 1 ? 'check' : 'checks'} failed{result.checks > 0 ? ` of ${result.checks}` : ''}.
          </p>
          <ul className="mt-2 list-disc pl-5">
            {result.failures.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </div>
      )}
      {result?.status === 'error' && (
        <div className="rounded-lg border-l-4 border-bad bg-bg-raised p-3 text-sm">
          <p className="font-semibold">
            <span aria-hidden="true">✗ </span>
            Your code stopped with an error, so the checks did not run.
          </p>
          <pre className="mt-2 overflow-x-auto font-mono text-xs whitespace-pre-wrap text-bad">{result.error}</pre>
          {tracebackLines(result.error ?? '').length > 0 && (
            <p className="mt-2 flex flex-wrap items-center gap-2">
              {tracebackLines(result.error ?? '').map((line) => (
                <button key={line} type="button" onClick={() => onGoToLine(line)} className="rounded-md border border-line px-2 py-1 text-xs font-medium">
                  Go to line {line}
                </button>
              ))}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
