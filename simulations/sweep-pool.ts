/**
 * Runs a sweep's jobs on a few workers, whatever kind: browser module workers or Node worker
 * threads, each wrapped as a `PoolWorker`. Each worker holds one job at a time and gets the next
 * when it answers, so the fastest workers take the most jobs and a point streams back as soon as
 * its last seed is done. Cancelling terminates the workers: a long run stops at once.
 */
import { PointCollector, type JobResult, type SweepJob, type SweepPoint } from './sweep';

export interface PoolWorker {
  post(job: SweepJob): void;
  /** Called once with the handlers; `fail` gets a message for the page. */
  listen(done: (r: JobResult) => void, fail: (message: string) => void): void;
  terminate(): void;
}

export interface PoolEvents {
  point(p: SweepPoint, done: number, total: number): void;
  job?(r: JobResult): void;
  finished(): void;
  failed(message: string): void;
}

export interface PoolHandle {
  cancel(): void;
}

/** At most four workers: beyond that a sweep of 30 values gains little and a phone heats up. */
export function poolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(cores && cores > 0 ? cores : 2, 4));
}

export function runPool(values: readonly number[], seeds: number, jobs: readonly SweepJob[], workers: PoolWorker[], on: PoolEvents): PoolHandle {
  const collector = new PointCollector(values, seeds);
  let next = 0;
  let finishedJobs = 0;
  let points = 0;
  let over = false;
  const stop = () => {
    over = true;
    for (const w of workers) w.terminate();
  };
  const feed = (w: PoolWorker) => {
    const job = jobs[next++];
    if (job) w.post(job);
  };
  for (const w of workers) {
    w.listen(
      (r) => {
        if (over) return;
        finishedJobs++;
        on.job?.(r);
        const p = collector.add(r.index, r.outcome);
        if (p) on.point(p, ++points, values.length);
        if (finishedJobs === jobs.length) {
          stop();
          on.finished();
        } else feed(w);
      },
      (message) => {
        if (over) return;
        stop();
        on.failed(message);
      },
    );
  }
  if (jobs.length === 0) {
    stop();
    on.finished();
  } else for (const w of workers) feed(w);
  return { cancel: stop };
}
