'use client';

import { dismissNotice } from './store';
import { useProgress } from './use-progress';

/** Tells the learner when saved progress could not be read; shown once per page until dismissed. */
export function ProgressNotice() {
  const { notice } = useProgress();
  if (!notice) return null;
  return (
    <div role="status" className="border-b border-line bg-accent-soft">
      <div className="mx-auto flex max-w-[1440px] items-start gap-3 px-4 py-3 text-sm sm:px-6">
        <p className="flex-1">{notice}</p>
        <button type="button" onClick={dismissNotice} className="rounded-md border border-line bg-bg px-2 py-1 font-medium">
          Dismiss
        </button>
      </div>
    </div>
  );
}
