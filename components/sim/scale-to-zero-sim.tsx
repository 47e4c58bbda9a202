'use client';

import { SimPanel } from './sim-panel';

/** The scale-to-zero widget for lessons: `<ScaleToZeroSim preset="…" />`; presets and controls in presets.ts. */
export function ScaleToZeroSim({ preset }: { preset: string }) {
  return <SimPanel kind="scale-to-zero" preset={preset} />;
}
