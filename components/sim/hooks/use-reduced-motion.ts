'use client';

import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

// One MediaQueryList for the page: React reads the snapshot on every render of every panel.
let list: MediaQueryList | undefined;
const mediaQuery = () => (list ??= window.matchMedia(query));

function subscribe(onChange: () => void) {
  const mql = mediaQuery();
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/** True when the learner asked for less motion: runs then jump to their end instead of playing. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQuery().matches,
    () => false,
  );
}
