'use client';

import { SimPanel } from './sim-panel';

/** The cold-start widget for lessons: `<ColdStartSim preset="…" />`; presets and controls in presets.ts. */
export function ColdStartSim({ preset }: { preset: string }) {
  return <SimPanel kind="cold-start" preset={preset} />;
}
