'use client';

/**
 * "Download this run": the scenario as JSON the command-line simulator replays, and the samples
 * as CSV. The files are made from the live run only when a button is pressed.
 */
import { buttonClass } from '../controls/transport';

export type DownloadKind = 'json' | 'csv';

/** Saves text as a file through a temporary link; nothing leaves the browser. */
export function saveText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download reads the blob after this task; free it once it surely has.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function Downloads({ hasSamples, onDownload }: { hasSamples: boolean; onDownload: (kind: DownloadKind) => void }) {
  return (
    <div role="group" aria-label="Download this run" className="flex flex-col gap-1.5 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} onClick={() => onDownload('json')}>
          <span aria-hidden="true">⤓</span>
          Download scenario (JSON)
        </button>
        <button type="button" className={buttonClass} onClick={() => onDownload('csv')} disabled={!hasSamples}>
          <span aria-hidden="true">⤓</span>
          Download samples (CSV)
        </button>
      </div>
      <p className="text-xs text-muted">
        The scenario replays this run to its end, with any slider moves, on the command line:{' '}
        <code className="whitespace-nowrap rounded bg-bg-soft px-1">npm run -s simulate -- file.json</code>.{' '}
        {hasSamples ? 'The samples are the run so far, units in the header.' : 'Samples come once the run has started.'}
      </p>
    </div>
  );
}
