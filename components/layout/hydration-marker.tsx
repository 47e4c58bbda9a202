'use client';

import { useEffect } from 'react';

/** Marks <html data-hydrated> once React is live; end-to-end tests wait for it before clicking. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
