'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (or shown as print media). A panel renders its data table
 * then, so paper gets the numbers behind the charts. beforeprint commits at once (flushSync): the
 * browser lays out the printed page straight after the event, before React would otherwise render.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(media.matches);
    const change = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
