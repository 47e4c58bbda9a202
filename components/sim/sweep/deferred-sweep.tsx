'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState, type ComponentProps } from 'react';
import type { SweepSection as Section } from './sweep-section';

const Placeholder = () => <div className="min-h-[40rem] rounded-xl border border-line" aria-busy="true" />;

// Its own chunk: the sweep's form, plots and worker pool are not evaluated with the playground.
const SweepSection = dynamic(() => import('./sweep-section').then((m) => m.SweepSection), { ssr: false, loading: Placeholder });

/**
 * The sweep section, mounted in the first idle moment after the playground has drawn rather than
 * in its first render (the longest task a phone runs on arrival). A link that carries a sweep
 * mounts it at once, since the learner came for it.
 */
export function DeferredSweep(props: ComponentProps<typeof Section>) {
  const [ready, setReady] = useState(props.autoRun);
  useEffect(() => {
    if (ready) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const id = window.setTimeout(() => setReady(true), 200);
      return () => window.clearTimeout(id);
    }
    const id = window.requestIdleCallback(() => setReady(true), { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }, [ready]);
  return ready ? <SweepSection {...props} /> : <Placeholder />;
}
