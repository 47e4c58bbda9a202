import { runChallenge } from './lib/quiz/challenge';
import type { ChallengeQuestion } from './lib/quiz/schema';
function mk(id: string, scenario: Record<string, unknown>, path: string, stops: number[], goals: any[]): ChallengeQuestion {
  return { id, type: 'challenge', prompt: 'x', lesson: 'a/b', tests: 'application', scenario, knobs: [{ path, label: path, unit: '', factor: 1, stops, start: stops[0]!, reference: stops[0]! }], goals, explanation: 'x'.repeat(20) } as ChallengeQuestion;
}
const cases: ChallengeQuestion[] = [
  mk('batch', { preset: 'aws-lambda', seed: 3, duration: 240, traffic: { pattern: 'steps', rate: 3000, steps: [{ at: 1, rate: 0 }] }, function: { service: { dist: 'lognormal', mean: 2, cv: 0.2 }, memoryMB: 1024 }, platform: { queue: { size: null, timeout: null } } },
     'platform.maxConcurrency', [25, 50, 75, 100, 125, 150, 200, 300, 500, 1000], [{ metric: 'maxMs', below: 60000 }]),
  mk('gap', { preset: 'aws-lambda', seed: 7, duration: 14400, warmup: 480, traffic: { pattern: 'onoff', rate: 2, on: 30, off: 450 }, function: { service: { dist: 'lognormal', mean: 0.1, cv: 0.5 } } },
     'platform.keepAlive', [10, 30, 60, 120, 300, 600, 900, 1800], [{ metric: 'coldStartPercent', below: 1 }]),
  mk('throttle', { preset: 'aws-lambda', seed: 5, duration: 150, warmup: 30, traffic: { pattern: 'constant', rate: 80 }, function: { service: { dist: 'exponential', mean: 0.25 } } },
     'platform.maxConcurrency', [10, 15, 20, 25, 30, 35, 40, 50, 60, 80], [{ metric: 'rejectionPercent', below: 1 }]),
  mk('random-gap', { preset: 'aws-lambda', seed: 11, duration: 259200, traffic: { pattern: 'constant', rate: 1/120 }, function: { service: { dist: 'lognormal', mean: 0.1, cv: 0.5 } } },
     'platform.keepAlive', [60, 120, 180, 240, 300, 420, 600, 900, 1800], [{ metric: 'coldStartPercent', below: 5 }]),
];
for (const q of cases) {
  const k = q.knobs[0]!;
  const t0 = performance.now();
  const row = k.stops.map((s) => `${s}:${runChallenge(q, { [k.path]: s }).goals.map((g) => g.shown).join('/')}`);
  console.log(q.id, Math.round(performance.now() - t0), 'ms\n  ', row.join('  '));
}
