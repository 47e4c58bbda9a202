'use client';

/**
 * One chart redraw at a time, page-wide.
 *
 * Recharts 3 keeps each chart's state in a store that re-renders the whole chart synchronously
 * when new data arrives, so React cannot slice that work. Two charts that take new data in the
 * same commit are one long task; on a two-core laptop one chart is already 30–50 ms. The queue
 * hands new data to one chart, lets that redraw and Recharts' follow-up notifications (queued for
 * the next animation frame) finish, and only then moves to the next chart. A chart waiting in
 * the queue keeps its place and takes the newest data when its turn comes.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

type Job = () => void;

const waiting = new Set<Job>();
let busy = false;
let kicked = false;

/** Starts the queue from a task of its own: never inside React's effects, where flushSync may not run. */
function enqueue(job: Job) {
  waiting.add(job);
  if (busy || kicked) return;
  kicked = true;
  window.setTimeout(() => {
    kicked = false;
    next();
  }, 0);
}

function next() {
  if (busy) return;
  const job = waiting.values().next().value;
  if (!job) return;
  waiting.delete(job);
  busy = true;
  try {
    job();
  } finally {
    // Recharts registered its follow-up frame callback during job(); ours runs after it in the
    // same frame, and the timeout puts the next chart in a task of its own.
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        busy = false;
        next();
      }, 0),
    );
  }
}

/** What useQueuedRedraw returns before the queue has given a chart its first turn. */
export const notDrawn: unique symbol = Symbol('not drawn');

/**
 * The value a chart should draw: `value`, once the queue gives this chart its turn, and no more
 * often than every `every` ms (for a chart that changes little between frames).
 *
 * The first draw waits for a turn too, and for `enabled` (the chart is near the viewport): until
 * then this returns `notDrawn` and the chart shows its empty box. A panel's charts mounting in the
 * same commit were one task of a second or more on a phone (issue 14); through the queue each
 * chart's first draw is a task of its own, after the panel has painted.
 */
export function useQueuedRedraw<T>(value: T, name: string, every = 0, enabled = true): T | typeof notDrawn {
  const [shown, setShown] = useState<T | typeof notDrawn>(notDrawn);
  const latest = useRef(value);
  const drawn = useRef<T | typeof notDrawn>(notDrawn);
  const lastDrawn = useRef(0);
  const job = useRef<Job | null>(null);

  useEffect(() => {
    const self: Job = () => {
      const start = performance.now();
      lastDrawn.current = start;
      const first = drawn.current === notDrawn;
      drawn.current = latest.current;
      // Synchronous, so this chart's whole redraw, Recharts' part included, happens in this task.
      flushSync(() => setShown(() => latest.current));
      // Named in the browser's performance timeline, so a slow chart is easy to find.
      performance.measure(`${first ? 'mount' : 'redraw'} ${name}`, { start });
    };
    job.current = self;
    return () => {
      waiting.delete(self);
      job.current = null;
    };
  }, [name]);

  useEffect(() => {
    latest.current = value;
    const self = job.current;
    if (!self || !enabled || Object.is(value, drawn.current)) return;
    const wait = lastDrawn.current + every - performance.now();
    if (wait <= 0) {
      enqueue(self);
      return;
    }
    const id = window.setTimeout(() => enqueue(self), wait);
    return () => window.clearTimeout(id);
  }, [value, every, enabled]);

  return shown;
}

/**
 * True while a chart's redraw is under way, up to its follow-up frame: a canvas that draws every
 * frame (the fleet view) leaves that frame to the chart.
 */
export function chartRedrawing(): boolean {
  return busy;
}

let runStarted = false;

/** A run has started somewhere on the page: from now on its charts have the main thread. */
export function noteRunStarted() {
  runStarted = true;
}

export function runHasStarted(): boolean {
  return runStarted;
}

/** True while no chart is waiting for or in the middle of a redraw. */
export function queueIdle(): boolean {
  return !busy && waiting.size === 0;
}
