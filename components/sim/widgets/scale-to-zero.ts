import type { WidgetDefinition } from './types';

// Sparse traffic: a minute of requests about 4 s apart, then four minutes of silence. Gaps inside
// a minute straddle a short keep-alive and the silences a long one, so dragging Keep-alive either
// way shows in Cold starts (with ten-minute silences and dense bursts it barely moved).
const sparse = { rate: 0.05, serviceTime: 0.2, coldStart: 0.5, keepAlive: 120, duration: 3600, onDuration: 60, offDuration: 240 };

export const scaleToZero: WidgetDefinition = {
  tag: 'ScaleToZeroSim',
  title: 'Scale to zero',
  blurb: 'Bursts of requests with long silences: idle instances linger for the keep-alive, then go.',
  knobs: ['rate', 'keepAlive', 'minInstances'],
  showPattern: false,
  presets: {
    'sparse-traffic': {
      label: 'Sparse traffic',
      platform: 'aws-lambda',
      pattern: 'onoff',
      values: { ...sparse, minInstances: 0 },
      speed: 60,
    },
    provisioned: {
      label: 'One provisioned instance',
      platform: 'aws-lambda',
      pattern: 'onoff',
      values: { ...sparse, minInstances: 1 },
      speed: 60,
    },
  },
  charts: [
    { chart: 'rate', height: 110 },
    { chart: 'instances', height: 150 },
    { chart: 'cost', height: 110, alwaysOn: false },
  ],
  readouts: (core) => core,
  summary: (p) =>
    `${p.at} ${p.rate}, ${p.instances}. ${p.last.instances === 0 ? 'Scaled to zero: nothing runs and the cost meter has stopped. ' : ''}${p.cold}; ${p.cost}.`,
};
