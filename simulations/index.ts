/**
 * The simulation engine of "Scale to Zero": plain TypeScript, no React, no DOM, seeded.
 *
 *   const run = createRun(parseScenario(mergeScenario(presets['aws-lambda'], { traffic: { rate: 5 } })));
 *   run.advanceTo(600);                 // cheap to call every animation frame
 *   run.set('platform.keepAlive', 10);  // from now on
 *   run.samples(); run.summary(); run.latencyHistogram();
 */
export { createRun, type Run, type RunOptions, type RequestCounts } from './run';
export type { Sample, Summary } from './metrics';
export { samplesCsv, samplesCsvHeader, sampleUnits } from './samples-csv';
export type { TraceEvent } from './engine';
export type { ChartHistogram } from './histogram';
export { parseScenario, mergeScenario, scenarioToInput, isSettable, ScenarioError, defaultCost } from './scenario';
export type {
  Scenario,
  ScenarioInput,
  SetValue,
  Policy,
  Billing,
  Platform,
  FunctionSpec,
  CostSpec,
  Autoscaler,
  Queue,
  Change,
} from './types';
export type { Traffic, Pattern, Step } from './traffic';
export { rateAt, expectedArrivals } from './traffic';
export { loadOf, type Load, type Excess } from './load';
export type { Distribution, DistKind } from './distributions';
export { presets, type PresetName } from './presets';
export {
  monthlyPayPerUse,
  monthlyAlwaysOn,
  breakEvenRate,
  costPerRequest,
  prices,
  HOURS_PER_MONTH,
  SECONDS_PER_MONTH,
  type PayPerUseInput,
  type PayPerUsePrices,
  type FreeTier,
  type AlwaysOnInput,
  type BreakEven,
} from './cost';
