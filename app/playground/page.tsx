import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import { Suspense } from 'react';
import { WidgetBoundary } from '@/components/mdx/widget-boundary';
import { PlaygroundEntry, PlaygroundPlaceholder } from '@/components/sim/playground-entry';

export const metadata: Metadata = pageMetadata({
  title: 'Playground',
  description:
    'Every knob of the serverless simulation: platform presets, traffic patterns, keep-alive, cold starts, concurrency and cost, with a side-by-side compare and a link that reopens the same run.',
  path: '/playground/',
});

export default function PlaygroundPage() {
  return (
    <main id="main" className="mx-auto max-w-[1440px] px-4 py-10 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight">Playground</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">
        Every knob of the simulation in one place. Pick a platform, shape the traffic, press Play, and move the sliders while it runs. Tick
        “Compare two configurations” to run a second setup on the same traffic beside the first. Copy link keeps the exact run; the download buttons under the results take it away, to replay on the command line.
      </p>
      <div className="mt-8">
        {/* useSearchParams needs a Suspense boundary in a static export; the boundary keeps a failure inside the box. */}
        <WidgetBoundary name="playground">
          <Suspense fallback={<PlaygroundPlaceholder />}>
            <PlaygroundEntry />
          </Suspense>
        </WidgetBoundary>
      </div>
    </main>
  );
}
