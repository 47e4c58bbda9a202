import { formatPercent } from '../../../lib/format';
import { bursts } from './traffic';
import type { WidgetDefinition } from './types';


export const autoscaling: WidgetDefinition = {
  tag: 'AutoscalingSim',
  title: 'Autoscaling',
  blurb: 'Requests arrive; instances start, serve and go idle to follow them.',
  knobs: ['rate', 'serviceTime', 'maxConcurrency', 'concurrency'],
  showPattern: true,
  presets: {
    steady: {
      label: 'Steady traffic',
      platform: 'aws-lambda',
      pattern: 'constant',
      values: { rate: 100, serviceTime: 0.5, coldStart: 0.3, duration: 900 },
      speed: 10,
    },
    spiky: {
      label: 'Spiky traffic',
      platform: 'aws-lambda',
      pattern: 'spike',
      values: { rate: 20, serviceTime: 0.2, coldStart: 0.3, duration: 1800, ...bursts },
      speed: 60,
    },
    diurnal: {
      label: 'A day of traffic',
      platform: 'aws-lambda',
      pattern: 'diurnal',
      values: { rate: 50, serviceTime: 0.2, coldStart: 0.3, duration: 3600, diurnalPeriod: 3600, diurnalAmplitude: 90 },
      speed: 60,
    },
    ramp: {
      label: 'Growing traffic',
      platform: 'aws-lambda',
      pattern: 'ramp',
      values: { rate: 50, serviceTime: 0.2, coldStart: 0.3, duration: 1800, rampFrom: 0, rampTo: 200 },
      speed: 30,
    },
    throttled: {
      label: 'Low concurrency limit',
      platform: 'aws-lambda',
      pattern: 'spike',
      values: { rate: 20, serviceTime: 0.5, coldStart: 0.3, maxConcurrency: 50, duration: 1800, ...bursts },
      speed: 60,
    },
  },
  charts: [
    { chart: 'rate', height: 140 },
    { chart: 'instances', height: 200 },
  ],
  readouts: (core, view) => [
    ...core,
    { label: 'Throttled', value: view.time > 0 && view.summary.requests > 0 ? formatPercent(view.summary.rejectionFraction) : '—', note: 'of requests (429)' },
  ],
  summary: (p) => `${p.at} ${p.rate}, ${p.instances}. ${formatPercent(p.summary.rejectionFraction)} of requests throttled so far; ${p.cold}.`,
};
