'use client';

import { useEffect, useRef } from 'react';
import { markLessonRead, updateProgress } from './store';

/**
 * Placed inside a lesson's key takeaways: the lesson counts as read when they come into view,
 * that is, when the learner has reached the end, not when the page opens.
 *
 * The observer's area reaches far above the viewport, so the sentinel also counts once it is
 * anywhere above the bottom of the screen: a reader who jumps past it (End key, a fast fling, a
 * link to the sources) has reached the end too, even if it was never on screen in any frame.
 */
export function ReadSentinel({ lessonKey }: { lessonKey: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          markLessonRead(lessonKey);
          observer.disconnect();
        }
      },
      { rootMargin: '1000000px 0px 0px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [lessonKey]);
  return <span ref={ref} aria-hidden="true" className="block h-px" />;
}

/** Remembers the last lesson opened, for "Continue where you left off". */
export function VisitRecorder({ href }: { href: string }) {
  useEffect(() => {
    updateProgress((p) => ({ ...p, lastVisited: href }));
  }, [href]);
  return null;
}
