'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
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

/**
 * Mounts a widget once it comes within a screen or so of the viewport. Drawing a panel's charts
 * is about a second of main-thread work on a mid-range phone; a reader who never scrolls that
 * far should not pay it while the lesson is still loading.
 */
function WhenNear({ kind, preset, names }: WidgetProps) {
  const ref = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  // One lazy component per mount: after a failed load, "Try again" remounts and fetches afresh.
  const [Panel] = useState(() => lazy(loadPanel));
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return setNear(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '600px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);
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
