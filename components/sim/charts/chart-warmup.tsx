'use client';

/**
 * Warms the chart code before the first Play.
 *
 * A chart's first few redraws run on JavaScript the browser has not yet optimised: on a two-core
 * laptop they took 50–70 ms each, against 15–35 ms once warm, and they were the long tasks a
 * learner felt in the first half second of a run. This draws each kind of chart three times with
 * made-up rows, hidden and offscreen, one chart per idle moment, then removes itself. Once per
 * page; it stops as soon as a run starts.
 *
 * It starts only after the learner's first interaction with the page (a scroll, a tap, a key, a
 * changed control) and a pause after it. At load it was a string of 80–190 ms tasks on a phone
 * (4× CPU slowdown) for seconds, blocking the first scroll or tap (issue 14); a reader who never
 * touches the page never pays for it, and a tap on Play itself starts the run, which ends it.
 */
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { HistogramRow, Row } from './chart-rows';
import { loadDrawings, type Drawings } from './charts';
import { queueIdle, runHasStarted } from './redraw-queue';

const kinds = ['rate', 'instances', 'latency', 'histogram', 'cost'] as const;
const rounds = 3;
const duration = 600;

let started = false;
let done = false;

function madeUpRows(n: number, round: number): Row[] {
  return Array.from({ length: n }, (_, i) => {
    const wave = 1 + Math.sin((i + round) / 3);
    const busy = Math.round(4 * wave * (round + 1));
    return {
      t: (i * duration) / 60,
      rate: 40 * wave * (round + 1),
      expected: 40 * (round + 1),
      throttled: i % 7 === 0 ? 3 : 0,
      starting: i % 5 === 0 ? 2 : 0,
      busy,
      idle: 2,
      instances: busy + 2,
      coldStarts: i % 5 === 0 ? 2 : 0,
      p50: 40 + 5 * wave,
      p95: 90 + 20 * wave,
      p99: i % 5 === 0 ? 900 : 150,
      cost: 0.0001 * i * (round + 1),
      alwaysOnCost: 0.0002 * i,
    };
  });
}

function madeUpHistogram(round: number): HistogramRow[] {
  return Array.from({ length: 12 + round * 4 }, (_, i) => ({ label: `${(i + 1) * 25} ms`, warm: 8 / (1 + Math.abs(i - 4)), cold: i > 8 ? 1 : 0 }));
}

/** How long after the first interaction the warm-up waits: a tap on Play lands inside it. */
const afterInteractionMs = 1000;
// A scroll counts: a learner scrolling to a panel is a moment or more from pressing its Play.
const interactions = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'input', 'change'] as const;
let interacted = false;

/** Calls `fn` once the learner has interacted with the page, `afterInteractionMs` later. */
function afterFirstInteraction(fn: () => void): () => void {
  let timer: number | undefined;
  let check: number | undefined;
  let frame = 0;
  let began = false;
  const start = () => {
    if (began) return;
    began = true;
    interacted = true;
    stopListening();
    timer = window.setTimeout(fn, afterInteractionMs);
  };
  const stopListening = () => {
    for (const type of interactions) document.removeEventListener(type, start, { capture: true });
  };
  if (interacted) start();
  else {
    for (const type of interactions) document.addEventListener(type, start, { capture: true, passive: true });
    // A page already scrolled: the reader moved before this panel's code arrived (it loads as they
    // near it). Read once the next frame has laid the page out: reading the scroll position here,
    // in the panel's first commit, forced a layout of the whole new panel (issue 14).
    frame = requestAnimationFrame(() => {
      check = window.setTimeout(() => window.scrollY > 0 && start(), 0);
    });
  }
  return () => {
    stopListening();
    cancelAnimationFrame(frame);
    window.clearTimeout(check);
    window.clearTimeout(timer);
  };
}

function idle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 100);
  return () => window.clearTimeout(id);
}

/**
 * Calls `fn` in an idle moment when no chart of the page is drawing (a chart mounting as it comes
 * near waits in the same queue), or `ended` once a run has started: a learner pressed Play, their
 * charts go first and warm the code anyway.
 */
function quietMoment(fn: () => void, ended: () => void): () => void {
  let cancel = () => {};
  const attempt = () => {
    if (runHasStarted()) ended();
    else if (!queueIdle()) cancel = idle(attempt);
    else fn();
  };
  cancel = idle(attempt);
  return () => cancel();
}

export function ChartWarmup() {
  // Step k draws chart kinds[⌊k / rounds⌋] for the (k mod rounds)-th time; -1 is not started.
  const [step, setStep] = useState(-1);
  const [drawings, setDrawings] = useState<Drawings | null>(null);
  const last = kinds.length * rounds;

  useEffect(() => {
    if (started || done) return;
    started = true;
    let cancelIdle = () => {};
    let live = true;
    const cancelWait = afterFirstInteraction(() => {
      // The charts' code first (its own task, as when a chart comes near), then the first drawing.
      const begin = () => {
        cancelIdle = quietMoment(() => setStep(0), () => setStep(last));
      };
      loadDrawings().then(
        (d) => {
          if (!live) return;
          setDrawings(() => d);
          begin();
        },
        // Not fetched (offline): nothing to warm; a run's charts will try the fetch again.
        () => live && setStep(last),
      );
    });
    // Unmounted before the end (the panel went away): another panel may warm up instead.
    return () => {
      live = false;
      cancelWait();
      cancelIdle();
      started = false;
    };
  }, [last]);

  useEffect(() => {
    if (step >= last && !done) {
      done = true;
      // The end, named in the performance timeline: a profile shows it, and the smoothness test waits for it.
      performance.mark('chart-warmup-done');
    }
    if (step < 0 || step >= last) return;
    return quietMoment(
      () => flushSync(() => setStep((s) => s + 1)),
      () => setStep(last),
    );
  }, [step, last]);

  if (step < 0 || step >= last || !drawings) return null;
  const kind = kinds[Math.floor(step / rounds)];
  const { rate: RateDrawing, instances: InstancesDrawing, latency: LatencyDrawing, histogram: HistogramDrawing, cost: CostDrawing } = drawings;
  const round = step % rounds;
  const rows = madeUpRows(20 + 15 * round, round);
  const props = { rows, duration, height: 150 };
  // Outside the panel, in the body: nothing that reads or scans the panel sees these charts.
  return createPortal(
    <div aria-hidden="true" inert className="pointer-events-none invisible fixed top-0 -left-[10000px] h-[150px] w-[600px]">
      {kind === 'rate' && <RateDrawing {...props} />}
      {kind === 'instances' && <InstancesDrawing {...props} />}
      {kind === 'latency' && <LatencyDrawing {...props} />}
      {kind === 'histogram' && <HistogramDrawing rows={madeUpHistogram(round)} height={150} />}
      {kind === 'cost' && <CostDrawing {...props} alwaysOn />}
    </div>,
    document.body,
  );
}
