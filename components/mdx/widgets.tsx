'use client';

import dynamic from 'next/dynamic';
import { WidgetBoundary, WidgetPlaceholder } from './widget-boundary';

// Recharts and the engine load only on pages that use a widget, after the prose has painted.
const AutoscalingLazy = dynamic(() => import('@/components/sim/autoscaling-sim').then((m) => m.AutoscalingSim), {
  ssr: false,
  loading: () => <WidgetPlaceholder label="autoscaling" />,
});
const ScaleToZeroLazy = dynamic(() => import('@/components/sim/scale-to-zero-sim').then((m) => m.ScaleToZeroSim), {
  ssr: false,
  loading: () => <WidgetPlaceholder label="scale-to-zero" />,
});
const ColdStartLazy = dynamic(() => import('@/components/sim/cold-start-sim').then((m) => m.ColdStartSim), {
  ssr: false,
  loading: () => <WidgetPlaceholder label="cold-start" />,
});
const CostLazy = dynamic(() => import('@/components/sim/cost-sim').then((m) => m.CostSim), {
  ssr: false,
  loading: () => <WidgetPlaceholder label="cost" />,
});

type WidgetProps = { preset: string };

export function AutoscalingSim(props: WidgetProps) {
  return (
    <WidgetBoundary name="autoscaling">
      <AutoscalingLazy {...props} />
    </WidgetBoundary>
  );
}
export function ScaleToZeroSim(props: WidgetProps) {
  return (
    <WidgetBoundary name="scale-to-zero">
      <ScaleToZeroLazy {...props} />
    </WidgetBoundary>
  );
}
export function ColdStartSim(props: WidgetProps) {
  return (
    <WidgetBoundary name="cold-start">
      <ColdStartLazy {...props} />
    </WidgetBoundary>
  );
}
export function CostSim(props: WidgetProps) {
  return (
    <WidgetBoundary name="cost">
      <CostLazy {...props} />
    </WidgetBoundary>
  );
}
