'use client';

import { useSearchParams } from 'next/navigation';
import { lazy, Suspense, useSyncExternalStore } from 'react';

export function PlaygroundPlaceholder() {
  return (
    <div className="h-[var(--playground-height,1400px)] animate-pulse rounded-xl border border-line bg-bg-soft motion-reduce:animate-none" aria-busy="true">
      <span className="sr-only">Loading the playground…</span>
    </div>
  );
}

/** Resolves in a later task: what follows runs after the browser has had a turn (input, paint). */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * The playground's code a piece per task rather than all in one. Evaluating it at once (zod, the
 * engine's scenario schemas built with it, the playground) was the longest task on a phone (issue
 * 14), and so was the first number format: the browser loads its locale data on first use, about
 * 50 ms at 4x CPU slowdown in whichever task formats first; here that is two tasks of its own,
 * while the code downloads.
 */
async function loadPlayground() {
  const schema = import('../../lib/zod');
  await nextTask();
  new Intl.Locale('en-US').maximize();
  await nextTask();
  new Intl.NumberFormat('en-US').format(1);
  await schema;
  await nextTask();
  await import('./model/sim-run');
  await nextTask();
  return (await import('./playground')).Playground;
}

// The engine and the playground load after the page has painted, as lesson widgets do. React's
// lazy rather than next/dynamic: the latter's loader was a kilobyte of the page's first-load JS.
const PlaygroundLazy = lazy(() => loadPlayground().then((Playground) => ({ default: Playground })));

const noSubscription = () => () => {};

/** Reads the link's query once; the playground keeps it in step from then on. */
export function PlaygroundEntry() {
  const params = useSearchParams();
  // Only in the browser (false while hydrating the exported page): the playground's first state
  // comes from the link and from this device's storage.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!inBrowser) return <PlaygroundPlaceholder />;
  return (
    <Suspense fallback={<PlaygroundPlaceholder />}>
      <PlaygroundLazy query={params.toString()} />
    </Suspense>
  );
}
