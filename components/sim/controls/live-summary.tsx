'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The run in words, announced politely. A live region that changed ten times a second would talk
 * over everything, so the text it holds changes at most every `everyMs`, and at once when the
 * run starts over or ends.
 */
export function LiveSummary({ text, urgentKey, everyMs = 2500 }: { text: string; urgentKey: string; everyMs?: number }) {
  const [shown, setShown] = useState(text);
  const latest = useRef(text);
  const lastShown = useRef(0);

  useEffect(() => {
    latest.current = text;
  }, [text]);

  useEffect(() => {
    const id = window.setInterval(() => {
      if (latest.current !== shown && performance.now() - lastShown.current >= everyMs) {
        lastShown.current = performance.now();
        setShown(latest.current);
      }
    }, 500);
    return () => window.clearInterval(id);
  }, [shown, everyMs]);

  // A new run or its end is worth saying straight away.
  useEffect(() => {
    lastShown.current = performance.now();
    setShown(latest.current);
  }, [urgentKey]);

  return (
    <p aria-live="polite" data-sim-summary="" className="text-sm text-muted">
      {shown}
    </p>
  );
}
