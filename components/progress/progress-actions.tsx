'use client';

import { useRef, useState } from 'react';
import { primaryButton, secondaryButton } from '@/components/quiz/styles';
import { ConfirmDialog } from './confirm-dialog';
import { downloadText } from './download';
import { importProgress, readProgress, resetProgress } from './store';
import { describeProgress, exportFileName, parseProgressFile, serializeProgress } from './transfer';
import { useProgress } from './use-progress';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Export, import and reset. Import validates the file first and only then merges it in, so a
 * bad file changes nothing; reset asks in a dialog before it deletes.
 */
export function ProgressActions() {
  const { progress } = useProgress();
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const name = exportFileName();
    downloadText(serializeProgress(readProgress().progress), name, 'application/json');
    setNotice({ kind: 'ok', text: `Exported ${describeProgress(readProgress().progress)} to ${name}.` });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseProgressFile(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setNotice({ kind: 'error', text: `"${file.name}" could not be imported. ${result.reason} Your progress has not been changed.` });
      return;
    }
    importProgress(result.progress);
    setNotice({ kind: 'ok', text: `Imported ${describeProgress(result.progress)} from "${file.name}", added to what this browser already had.` });
  };

  return (
    <div>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={exportFile} className={primaryButton}>
          Export progress
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className={secondaryButton}>
          Import progress
        </button>
        {/* The visible button above opens it; the input itself stays out of the tab order. */}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Progress file to import"
          data-testid="import-file"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className={`${secondaryButton} text-bad`}
        >
          Reset progress
        </button>
      </div>
      <div className="mt-4" role="status">
        {notice?.kind === 'ok' && <p className="rounded-lg border border-ok bg-bg-soft p-3 text-sm">{notice.text}</p>}
      </div>
      <div role="alert">
        {notice?.kind === 'error' && <p className="rounded-lg border-2 border-bad bg-bg-soft p-3 text-sm font-medium">{notice.text}</p>}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete all your progress?"
        confirmLabel="Delete my progress"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          resetProgress();
          setConfirming(false);
          setNotice({ kind: 'ok', text: 'Your progress was deleted. The course starts afresh.' });
        }}
      >
        <p>
          This forgets every lesson marked read, quiz result and experiment in this browser ({describeProgress(progress)}). It cannot be undone; export
          your progress first if you may want it back.
        </p>
      </ConfirmDialog>
    </div>
  );
}
