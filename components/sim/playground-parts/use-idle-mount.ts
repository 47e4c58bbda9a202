'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first render, true from the first idle moment after it. For a part of a page that
 * can wait a moment: rendered with the rest, it made the page's first render, and the layout after
 * it, one long task on a phone (issue 14). The later render is a transition, so React renders it
 * in slices and a tap in the meantime goes first.
 */
export function useIdleMount(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setMounted(true));
    if (typeof window.requestIdleCallback !== 'function') {
      const id = window.setTimeout(show, 50);
      return () => window.clearTimeout(id);
    }
    // The timeout bounds the wait on a page that stays busy (a run already playing).
    const id = window.requestIdleCallback(show, { timeout: 500 });
    return () => window.cancelIdleCallback(id);
  }, []);
  return mounted;
}
