/**
 * The components a lesson may use, by name. components/mdx/index.tsx registers exactly these
 * (a unit test keeps the two in step); the content check rejects any other capitalised tag.
 */
export const mdxComponentNames = [
  'Callout',
  'Figure',
  'KeyTakeaways',
  'Sources',
  'Term',
  'AutoscalingSim',
  'ScaleToZeroSim',
  'ColdStartSim',
  'CostSim',
  'Experiment',
  'Claim',
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Props each component requires, with the values allowed where they are a closed set. */
export const requiredProps: Partial<Record<MdxComponentName, Record<string, readonly string[] | 'any'>>> = {
  Callout: { type: ['note', 'tip', 'warning'] },
  Figure: { caption: 'any' },
  Term: { id: 'any' },
  AutoscalingSim: { preset: ['steady', 'spiky', 'diurnal', 'ramp', 'throttled'] },
  ScaleToZeroSim: { preset: ['sparse-traffic', 'provisioned'] },
  ColdStartSim: { preset: ['lambda-python', 'heavy-package', 'provisioned'] },
  CostSim: { preset: ['steady', 'spiky'] },
  // Claims and experiments are checked in full by lib/claims/check.ts; these are the plain strings.
  Experiment: { id: 'any', widget: 'any', preset: 'any', metric: 'any', question: 'any', explain: 'any' },
  Claim: { widget: 'any', preset: 'any', metric: 'any', says: 'any' },
};
