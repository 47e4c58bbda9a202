'use client';

/**
 * Runs a sweep of the playground's settings on a pool of module workers and hands the points to
 * React at most once a frame. The main thread only builds the jobs (plain objects, well under a
 * millisecond) and reduces the seeds of each finished value; the engine runs in the workers.
 * Cancelling, starting again or leaving the page terminates the workers at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { poolSize, runPool, type PoolHandle, type PoolWorker } from '../../../simulations/sweep-pool';
import type { JobResult, SweepJob, SweepPoint } from '../../../simulations/sweep';
import { jobsFor } from '../model/sweep-jobs';
import type { SweepSetup } from '../model/sweep-spec';
import type { SimSettings } from '../model/settings';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface SweepState {
  status: SweepStatus;
  points: readonly SweepPoint[];
  /** Values finished and in all. */
  done: number;
  total: number;
  /** What was swept: the settings and setup the points belong to. */
  settings: SimSettings | null;
  setup: SweepSetup | null;
  /** Wall time of a finished sweep, in ms. */
  ms: number;
  error: string;
}

const initial: SweepState = { status: 'idle', points: [], done: 0, total: 0, settings: null, setup: null, ms: 0, error: '' };

function moduleWorker(): PoolWorker {
  const w = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module', name: 'sweep' });
  return {
    post: (job: SweepJob) => w.postMessage(job),
    listen: (done, fail) => {
      w.onmessage = (e: MessageEvent<JobResult | { error: string }>) => ('error' in e.data ? fail(e.data.error) : done(e.data));
      w.onerror = (e) => fail(e.message || 'a sweep worker failed to start');
    },
    terminate: () => w.terminate(),
  };
}

export function useSweep() {
  const [state, setState] = useState<SweepState>(initial);
  const pool = useRef<PoolHandle | null>(null);
  const frame = useRef(0);
  const pending = useRef<SweepState | null>(null);

  // Points can finish several per frame: React gets the latest state once per frame.
  const publish = useCallback((next: SweepState) => {
    pending.current = next;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (pending.current) setState(pending.current);
      pending.current = null;
    });
  }, []);

  const stop = useCallback(() => {
    pool.current?.cancel();
    pool.current = null;
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
  }, []);

  const start = useCallback(
    (settings: SimSettings, setup: SweepSetup) => {
      stop();
      const { values, jobs } = jobsFor(settings, setup);
      const t0 = performance.now();
      let current: SweepState = { ...initial, status: 'running', total: values.length, settings, setup };
      setState(current);
      pending.current = null;
      const workers = Array.from({ length: poolSize(navigator.hardwareConcurrency) }, moduleWorker);
      pool.current = runPool(values, setup.seeds, jobs, workers, {
        point: (p, done) => {
          current = { ...current, points: [...current.points, p], done };
          publish(current);
        },
        finished: () => {
          pool.current = null;
          current = { ...current, status: 'done', ms: performance.now() - t0 };
          publish(current);
        },
        failed: (message) => {
          pool.current = null;
          current = { ...current, status: 'failed', error: message };
          publish(current);
        },
      });
    },
    [publish, stop],
  );

  const cancel = useCallback(() => {
    if (!pool.current) return;
    // Points that finished this frame but were not yet shown are kept.
    const latest = pending.current;
    pending.current = null;
    stop();
    setState((s) => (s.status === 'running' ? { ...(latest ?? s), status: 'cancelled' } : s));
  }, [stop]);

  useEffect(() => stop, [stop]);

  return { state, start, cancel };
}
