/**
 * The widget registry: one module per kind, listed here once. Add a kind by writing its module and
 * adding it to this map; the MDX components, the content check's allowed tags and presets, and the
 * authoring guide's table (a test compares it) all follow from it.
 */
import { autoscaling } from './autoscaling';
import { coldStart } from './cold-start';
import { cost } from './cost';
import { scaleToZero } from './scale-to-zero';
import type { WidgetDefinition } from './types';

export const widgets = {
  autoscaling,
  'scale-to-zero': scaleToZero,
  'cold-start': coldStart,
  cost,
} satisfies Record<string, WidgetDefinition>;

export type WidgetKind = keyof typeof widgets;
export const widgetKinds = Object.keys(widgets) as WidgetKind[];

export function isWidgetKind(value: unknown): value is WidgetKind {
  return typeof value === 'string' && Object.hasOwn(widgets, value);
}

export type { ChartSpec, SummaryParts, WidgetDefinition, WidgetPreset } from './types';
