'use client';

import { SimPanel } from './sim-panel';

/** The autoscaling widget for lessons: `<AutoscalingSim preset="…" />`; presets and controls in presets.ts. */
export function AutoscalingSim({ preset }: { preset: string }) {
  return <SimPanel kind="autoscaling" preset={preset} />;
}
