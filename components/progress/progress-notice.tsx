'use client';

import { datedFileName, downloadText } from './download';
import { dismissNotice } from './store';
import { useProgress } from './use-progress';

const button = 'rounded-md border border-line bg-bg px-2 py-1 font-medium';

/**
 * Tells the learner when saved progress could not be read or saved; shown until dismissed. When
 * the stored data could not be read, it is offered as a file: the one copy that is sure to exist.
 */
export function ProgressNotice() {
  const { notice, unreadable } = useProgress();
  if (!notice) return null;
  return (
    <div role="status" className="border-b border-line bg-accent-soft">
      <div className="mx-auto flex max-w-[1440px] flex-wrap items-start gap-3 px-4 py-3 text-sm sm:px-6">
        <p className="min-w-[60%] flex-1">{notice}</p>
        {unreadable !== undefined && (
          <button type="button" onClick={() => downloadText(unreadable, datedFileName('unreadable-progress', 'txt'), 'text/plain')} className={button}>
            Download the unreadable data
          </button>
        )}
        <button type="button" onClick={dismissNotice} className={button}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
