'use client';

import { SimPanel } from './sim-panel';

/** The cost widget for lessons: `<CostSim preset="…" />`; presets and controls in presets.ts. */
export function CostSim({ preset }: { preset: string }) {
  return <SimPanel kind="cost" preset={preset} />;
}
