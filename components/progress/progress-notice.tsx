'use client';

import { lazy, Suspense } from 'react';
import { useProgress } from './use-progress';

const NoticePanel = lazy(() => import('./notice-panel'));

/** Tells the learner when saved progress could not be read or saved; shown until dismissed. */
export function ProgressNotice() {
  const { notice, unreadable } = useProgress();
  if (!notice) return null;
  return (
    <Suspense fallback={null}>
      <NoticePanel notice={notice} unreadable={unreadable} />
    </Suspense>
  );
}
