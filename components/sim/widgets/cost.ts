import { costFigures } from '../model/cost-figures';
import { formatMoney } from '../../../lib/format';
import type { WidgetDefinition } from './types';

const function512 = { rate: 2, serviceTime: 0.1, memoryMB: 512, coldStart: 0.3, duration: 86400 };

export const cost: WidgetDefinition = {
  tag: 'CostSim',
  title: 'Pay-per-use or always on',
  blurb: 'The same traffic billed two ways: per request and GB-second, or a server paid by the hour.',
  knobs: ['rate', 'serviceTime', 'memoryMB'],
  showPattern: true,
  presets: {
    steady: { label: 'Steady traffic', platform: 'aws-lambda', pattern: 'constant', values: function512, speed: 1800 },
    spiky: {
      label: 'Spiky traffic',
      platform: 'aws-lambda',
      pattern: 'spike',
      values: { ...function512, spikePeriod: 3600, spikeWidth: 180, spikeBase: 10 },
      speed: 1800,
    },
  },
  charts: [
    { chart: 'cost', height: 200, alwaysOn: true },
    { chart: 'rate', height: 140 },
  ],
  readouts: (core, view, settings) => [...core, ...costFigures(view, settings)],
  summary: (p) => `${p.at} ${p.rate}. Pay-per-use has cost ${formatMoney(p.last.cost)} so far, the always-on server ${formatMoney(p.last.alwaysOnCost)}.`,
};
