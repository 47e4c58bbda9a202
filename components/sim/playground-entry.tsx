'use client';

import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';

export function PlaygroundPlaceholder() {
  return (
    <div className="h-[var(--playground-height,1400px)] animate-pulse rounded-xl border border-line bg-bg-soft motion-reduce:animate-none" aria-busy="true">
      <span className="sr-only">Loading the playground…</span>
    </div>
  );
}

// The engine and Recharts load after the page has painted, as they do for lesson widgets.
const PlaygroundLazy = dynamic(() => import('./playground').then((m) => m.Playground), { ssr: false, loading: PlaygroundPlaceholder });

/** Reads the link's query once; the playground keeps it in step from then on. */
export function PlaygroundEntry() {
  const params = useSearchParams();
  return <PlaygroundLazy query={params.toString()} />;
}
