'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * True once the element comes within a screen or so of the viewport. Drawing a panel's charts is
 * about a second of main-thread work on a mid-range phone; a reader who never scrolls that far
 * should not pay it while the lesson is still loading.
 */
export function useNear<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return setNear(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '600px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return { ref, near };
}
