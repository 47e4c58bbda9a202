import { formatLatency } from '../../../lib/format';
import { bursts } from './traffic';
import type { WidgetDefinition } from './types';

const python = { rate: 5, serviceTime: 0.1, coldStart: 0.25, keepAlive: 120, minInstances: 0, memoryMB: 512, duration: 3600, ...bursts };

export const coldStart: WidgetDefinition = {
  tag: 'ColdStartSim',
  title: 'Cold starts and latency',
  blurb: 'The response times learners feel: most requests are quick, the cold-started ones are not.',
  knobs: ['rate', 'coldStart', 'keepAlive', 'minInstances'],
  showPattern: false,
  presets: {
    'lambda-python': { label: 'Small Python function', platform: 'aws-lambda', pattern: 'spike', values: python, speed: 60 },
    provisioned: { label: 'With provisioned instances', platform: 'aws-lambda', pattern: 'spike', values: { ...python, minInstances: 10 }, speed: 60 },
    'heavy-package': { label: 'Heavy dependencies', platform: 'aws-lambda', pattern: 'spike', values: { ...python, coldStart: 2, memoryMB: 1024 }, speed: 60 },
  },
  charts: [
    { chart: 'latency', height: 200 },
    { chart: 'histogram', height: 150 },
  ],
  readouts: (core, view) => [
    { label: 'p50 latency', value: view.time > 0 && view.summary.requests > 0 ? formatLatency(view.summary.latency.p50) : '—', note: 'the median' },
    ...core,
  ],
  summary: (p) => `${p.at} p50 ${formatLatency(p.summary.latency.p50)}, p95 ${formatLatency(p.summary.latency.p95)}, ${p.p99}; ${p.cold}; ${p.instances}.`,
};
