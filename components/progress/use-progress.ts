'use client';

import { useSyncExternalStore } from 'react';
import { getServerSnapshot, readProgress, subscribe, type ProgressState } from './store';

/** Progress as the page should show it; empty during prerender and the first client render. */
export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribe, readProgress, getServerSnapshot);
}
