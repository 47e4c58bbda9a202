/**
 * Runs each Knative case (knative-cases.ts) through the model's Kpa and says whether the model
 * agrees. Shared by the Vitest suite, `npm run validate` and the About page's table.
 */
import { Kpa, resolveTarget } from '../knative';
import type { KnativeCase } from './knative-cases';

export interface CaseResult {
  test: string;
  file: string;
  what: string;
  kind: KnativeCase['kind'];
  /** Expected and model outputs, one per check, as text ("25", "panic, holds 2"). */
  want: string[];
  got: string[];
  agree: boolean;
}

const fmt = (n: number) => String(Math.round(n * 1e9) / 1e9);
const state = (panicking: boolean, pods: number) => `${panicking ? 'panic' : 'calm'}, holds ${pods}`;

function outputs(c: KnativeCase): { want: string[]; got: string[] } {
  switch (c.kind) {
    case 'target':
      return { want: [fmt(c.want)], got: [fmt(resolveTarget({ target: c.target, targetUtilization: c.utilization }, c.concurrency))] };
    case 'decider': {
      const kpa = new Kpa(2, 0, 0, c.readyAtCreation);
      if (c.panic) {
        kpa.panicSince = c.panic.since;
        kpa.maxPanicPods = c.panic.maxPods;
      }
      let spec = c.spec;
      const got: string[] = [];
      for (const s of c.steps) {
        spec = { ...spec, ...s.spec };
        got.push(fmt(kpa.scale(s.t, s.stable, s.panic, s.ready, spec)));
      }
      return { want: c.steps.map((s) => fmt(s.want)), got };
    }
    case 'creation': {
      const kpa = new Kpa(2, 0, 0, c.ready);
      return { want: [state(c.want.panicking, c.want.maxPanicPods)], got: [state(kpa.panicking, kpa.maxPanicPods)] };
    }
    case 'scaler': {
      const kpa = new Kpa(2);
      const max = c.maxScale > 0 ? c.maxScale : Infinity;
      // Start the grace clock where Knative's pod autoscaler went inactive.
      if (c.zeroFor !== null) kpa.bound(-c.zeroFor, 0, c.current, c.minScale, max, c.grace);
      return { want: [fmt(c.want)], got: [fmt(kpa.bound(0, c.desired, c.current, c.minScale, max, c.grace))] };
    }
  }
}

export function checkCase(c: KnativeCase): CaseResult {
  const { want, got } = outputs(c);
  return { test: c.test, file: c.file, what: c.what, kind: c.kind, want, got, agree: want.every((w, i) => w === got[i]) };
}

/** Checks (expected outputs) compared and agreeing, over a list of results. */
export function tally(results: CaseResult[]): { cases: number; checks: number; agree: number } {
  let checks = 0;
  let agree = 0;
  for (const r of results) {
    checks += r.want.length;
    agree += r.want.filter((w, i) => w === r.got[i]).length;
  }
  return { cases: results.length, checks, agree };
}
