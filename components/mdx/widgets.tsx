'use client';

import { lazy, Suspense, useState } from 'react';
import { useNear } from './use-near';
import type { WidgetKind } from '@/components/sim/widgets';
import { WidgetBoundary, WidgetPlaceholder, type WidgetNames } from './widget-boundary';

// Recharts and the engine load only on pages that use a widget, and only when it is near. Every
// kind is the one panel, told its kind by the registry.
const loadPanel = () => import('@/components/sim/sim-panel').then((m) => ({ default: m.SimPanel }));

interface WidgetProps {
  kind: WidgetKind;
  preset: string;
  names: WidgetNames;
}

/** Mounts a widget once it comes within a screen or so of the viewport (see useNear). */
function WhenNear({ kind, preset, names }: WidgetProps) {
  const { ref, near } = useNear<HTMLElement>();
  // One lazy component per mount: after a failed load, "Try again" remounts and fetches afresh.
  const [Panel] = useState(() => lazy(loadPanel));
  const placeholder = <WidgetPlaceholder names={names} ref={ref} />;
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <Panel kind={kind} preset={preset} />
    </Suspense>
  );
}

/** A lesson widget of any kind: `<ScaleToZeroSim preset="…" />` in MDX becomes this with its kind. */
export function Widget({ kind, preset, names }: WidgetProps) {
  return (
    <WidgetBoundary name={names.title.toLowerCase()}>
      <WhenNear kind={kind} preset={preset} names={names} />
    </WidgetBoundary>
  );
}
