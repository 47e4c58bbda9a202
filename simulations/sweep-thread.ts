/**
 * A Node worker thread for sweeps (the benchmark's pool): the same messages and the same runJob
 * as the browser's module worker (components/sim/sweep/sweep.worker.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type SweepJob } from './sweep';

parentPort?.on('message', (job: SweepJob) => parentPort?.postMessage(runJob(job)));
