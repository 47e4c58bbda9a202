'use client';

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { widgets, type WidgetKind } from '@/components/sim/presets';
import { WidgetBoundary, WidgetPlaceholder } from './widget-boundary';

type WidgetProps = { preset: string };

// Recharts and the engine load only on pages that use a widget, and only when it is near.
const loaders: Record<WidgetKind, () => Promise<{ default: ComponentType<WidgetProps> }>> = {
  autoscaling: () => import('@/components/sim/autoscaling-sim').then((m) => ({ default: m.AutoscalingSim })),
  'scale-to-zero': () => import('@/components/sim/scale-to-zero-sim').then((m) => ({ default: m.ScaleToZeroSim })),
  'cold-start': () => import('@/components/sim/cold-start-sim').then((m) => ({ default: m.ColdStartSim })),
  cost: () => import('@/components/sim/cost-sim').then((m) => ({ default: m.CostSim })),
};

/**
 * Mounts a widget once it comes within a screen or so of the viewport. Drawing a panel's charts
 * is about a second of main-thread work on a mid-range phone; a reader who never scrolls that
 * far should not pay it while the lesson is still loading.
 */
function WhenNear({ kind, preset }: { kind: WidgetKind } & WidgetProps) {
  const ref = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  // One lazy component per mount: after a failed load, "Try again" remounts and fetches afresh.
  const [Widget] = useState(() => lazy(loaders[kind]));
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return setNear(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '600px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  const placeholder = <WidgetPlaceholder kind={kind} preset={preset} ref={ref} />;
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <Widget preset={preset} />
    </Suspense>
  );
}

function widget(kind: WidgetKind) {
  function Widget({ preset }: WidgetProps) {
    return (
      <WidgetBoundary name={widgets[kind].title.toLowerCase()}>
        <WhenNear kind={kind} preset={preset} />
      </WidgetBoundary>
    );
  }
  Widget.displayName = `Widget(${kind})`;
  return Widget;
}

export const AutoscalingSim = widget('autoscaling');
export const ScaleToZeroSim = widget('scale-to-zero');
export const ColdStartSim = widget('cold-start');
export const CostSim = widget('cost');
