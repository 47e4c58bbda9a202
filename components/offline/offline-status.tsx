'use client';

import { useState } from 'react';
import { activateUpdate, useServiceWorker, type OfflineState } from './use-service-worker';

const messages: Record<Exclude<OfflineState, 'none'>, string> = {
  saving: 'Saving the course for offline use…',
  ready: 'Available offline',
  failed: 'Not saved for offline use; this browser will try again on your next visit.',
};

/**
 * The footer's line about offline use, and the prompt to reload into a new build. Both are live
 * regions present from the first render, so a screen reader announces their changes politely.
 */
export function OfflineStatus() {
  const { state, online, waiting } = useServiceWorker();
  const [dismissed, setDismissed] = useState<ServiceWorker | null>(null);
  const message = state === 'none' ? '' : state === 'ready' && !online ? 'Offline: the course works from the copy saved in this browser' : messages[state];
  const prompt = waiting && waiting !== dismissed ? waiting : null;

  return (
    <>
      <p role="status" data-offline-state={state} className="flex items-center gap-1.5">
        {state === 'ready' && (
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 text-ok">
            <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        )}
        {message}
      </p>
      <div role="status" className="fixed inset-x-4 bottom-4 z-50 sm:left-auto sm:right-6 sm:bottom-6 sm:max-w-sm">
        {prompt && (
          <div className="flex flex-wrap items-center gap-3 rounded-xl border border-line bg-bg-raised p-4 text-fg shadow-lg">
            <p className="basis-full font-medium">A new version of the course is available.</p>
            <button
              type="button"
              onClick={() => activateUpdate(prompt)}
              className="inline-flex h-10 items-center rounded-lg bg-accent px-4 font-semibold text-accent-fg hover:bg-accent-hover"
            >
              Reload
            </button>
            <button type="button" onClick={() => setDismissed(prompt)} className="inline-flex h-10 items-center rounded-lg border border-line px-4 font-medium hover:bg-bg-soft">
              Not now
            </button>
          </div>
        )}
      </div>
    </>
  );
}
