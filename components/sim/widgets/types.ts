/**
 * What makes a widget kind: everything a lesson widget of that kind shows and starts from, in one
 * plain object. The panel, the MDX map, the content check and the authoring guide all read it, so a
 * new kind or preset is one module here (see index.ts) plus the lesson that uses it.
 */
import type { MainKnobId } from '../model/knobs';
import type { ReadoutItem } from '../controls/readouts';
import type { RunView } from '../model/sim-run';
import type { KnobValues, PatternId, PlatformId, SimSettings } from '../model/settings';
import type { Sample, Summary } from '../../../simulations';

export interface WidgetPreset {
  label: string;
  platform: PlatformId;
  pattern: PatternId;
  /** Changes to the platform's own values; each number here is one a lesson talks about. */
  values: Partial<KnobValues>;
  /** Simulated seconds per second the widget starts at. */
  speed: number;
}

/** A chart of the panel, top to bottom; the panel draws it (charts are client code, this is data). */
export type ChartSpec =
  | { chart: 'rate' | 'instances' | 'latency' | 'histogram'; height: number }
  | { chart: 'cost'; height: number; alwaysOn: boolean };

/** Phrases of the spoken summary, already formatted, for a kind to put in its own sentence. */
export interface SummaryParts {
  /** "At 12 min:" or "Run ended after 1 h:". */
  at: string;
  /** "4.2 requests per second". */
  rate: string;
  /** "3 instances (1 busy, 0 starting, 2 idle)". */
  instances: string;
  /** "12% of requests so far started cold". */
  cold: string;
  p99: string;
  cost: string;
  last: Sample;
  summary: Summary;
}

export interface WidgetDefinition {
  /** The MDX tag lessons write: <ScaleToZeroSim preset="…" />. */
  tag: string;
  title: string;
  /** What the learner sees, in one sentence under the title. */
  blurb: string;
  knobs: readonly MainKnobId[];
  showPattern: boolean;
  presets: Record<string, WidgetPreset>;
  charts: readonly ChartSpec[];
  /** The readouts over the charts, given the four every panel has. */
  readouts: (core: ReadoutItem[], view: RunView, settings: SimSettings) => ReadoutItem[];
  /** The sentence a screen reader hears about the run so far. */
  summary: (parts: SummaryParts) => string;
}
