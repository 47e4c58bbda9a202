'use client';

/**
 * The fleet view: every instance of a run as a cell, above the charts. It draws from the run's
 * own trace (fleet-state.ts) on its own animation frames while the run plays, and once more when
 * a paused run moves (Step, Reset, a changed setting); it stops with the run, off screen and in a
 * hidden tab (the simulation's `running`). A frame in which a chart is redrawing is left to the
 * chart (redraw-queue.ts), so the two never add up to one long task.
 *
 * The canvas is hidden from assistive technology; a polite text beside it says the counts by
 * state and what happened since it last spoke, at most every couple of seconds.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { chartRedrawing } from '../charts/redraw-queue';
import type { RunView, SimRun } from '../model/sim-run';
import { CELLS_UP_TO, describeFleet, type FleetState, type Scale } from './fleet-state';
import { FleetLegend } from './fleet-legend';
import { FLEET_HEIGHT, FleetPainter } from './painter';

/** The text alternative changes at most this often while a run plays. */
const TEXT_EVERY_MS = 2000;
/** Frames given up in a row before the view draws anyway (a drawing takes about a millisecond). */
const MAX_SKIPS = 3;
/** Time since a frame began after which the frame counts as full. */
const FRAME_FULL_MS = 12;
/** Least time between drawings while playing. */
const MIN_GAP_MS = 30;

interface Props {
  runs: RefObject<SimRun[]>;
  index: number;
  /** The run's published view: a new one means a paused run may have moved. */
  view: RunView;
  running: boolean;
  reducedMotion: boolean;
}

export function FleetView({ runs, index, view, running, reducedMotion }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painter = useRef<FleetPainter | null>(null);
  const [scale, setScale] = useState<Scale>('cells');
  // Written straight into the DOM when the view decides to speak, not through React state: the
  // words change at that moment rather than whenever React next commits, and nothing re-renders.
  const textRef = useRef<HTMLParagraphElement>(null);
  const spoken = useRef<{ fleet: FleetState | null; key: string; real: number; sim: number }>({ fleet: null, key: '', real: -Infinity, sim: 0 });
  const shownScale = useRef<Scale>('cells');
  const kick = useRef<() => void>(() => {});

  // One painter per canvas; it follows the box's width and the site's theme.
  useEffect(() => {
    const canvas = canvasRef.current;
    const box = boxRef.current;
    if (!canvas || !box) return;
    const p = new FleetPainter(canvas);
    painter.current = p;
    // Sized by the observer's first report, after the browser's own layout: reading the width here
    // forced a layout of the whole freshly mounted playground inside React's commit (issue 14).
    const ro = new ResizeObserver(() => {
      p.resize(box.clientWidth);
      kick.current();
    });
    ro.observe(box);
    const mo = new MutationObserver(() => {
      p.readColors();
      kick.current();
    });
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => {
      ro.disconnect();
      mo.disconnect();
      painter.current = null;
    };
  }, []);

  useEffect(() => {
    let frame = 0;
    let skipped = 0;
    let lastDraw = -Infinity;
    let stopped = false;
    const tick = (real: number) => {
      frame = 0;
      const r = runs.current[index];
      const p = painter.current;
      if (!r || !p || stopped) return;
      // While playing, about 30 drawings a second are smooth to the eye and halve the page's paint
      // work; a frame a chart's redraw (its follow-up runs in it) or the simulation's own budget
      // has already filled is left alone too, up to MAX_SKIPS frames in a row.
      const full = chartRedrawing() || performance.now() - real > FRAME_FULL_MS;
      if (running && (full || real - lastDraw < MIN_GAP_MS) && skipped < MAX_SKIPS) {
        skipped++;
        frame = requestAnimationFrame(tick);
        return;
      }
      skipped = 0;
      lastDraw = real;
      const start = performance.now();
      const sc = r.run.scenario;
      const counts = r.run.requestCounts();
      const moving = p.draw({
        fleet: r.fleet,
        now: r.run.time,
        keepAlive: sc.platform.keepAlive,
        perRequest: sc.platform.policy === 'per-request',
        shared: sc.function.concurrency !== 1,
        queued: counts.queued,
        turnedAway: counts.turnedAway,
        real,
        reducedMotion,
      });
      // Named apart from the charts' 'mount X' / 'redraw X' measures, which tests count as chart draws.
      performance.measure('fleet draw', { start });
      if (p.scale !== shownScale.current) {
        shownScale.current = p.scale;
        setScale(p.scale);
      }
      // The words: at once for a new run or a stopped one that moved, else at most every
      // TEXT_EVERY_MS, and never for frames that only animate.
      const s = spoken.current;
      const fresh = s.fleet !== r.fleet;
      const key = `${r.fleet.version} ${counts.queued} ${counts.turnedAway}`;
      // The clock now, not the frame's timestamp: a frame's callbacks can run well after it.
      const wall = performance.now();
      if (fresh || (key !== s.key && (!running || wall - s.real >= TEXT_EVERY_MS))) {
        if (fresh) r.fleet.takeTally();
        const since = fresh ? undefined : { at: s.sim, tally: r.fleet.takeTally() };
        if (textRef.current) textRef.current.textContent = describeFleet(r.fleet, counts, since);
        spoken.current = { fleet: r.fleet, key, real: wall, sim: r.run.time };
      }
      if (running || moving) frame = requestAnimationFrame(tick);
    };
    kick.current = () => {
      if (!frame && !stopped) frame = requestAnimationFrame(tick);
    };
    kick.current();
    return () => {
      stopped = true;
      if (frame) cancelAnimationFrame(frame);
    };
  }, [runs, index, running, reducedMotion]);

  // A paused run that moved (Step, Reset, a setting) is drawn once more.
  useEffect(() => kick.current(), [view]);

  return (
    <figure className="flex min-w-0 flex-col gap-1.5" data-fleet-view={scale}>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="text-sm font-semibold">
          {scale === 'cells' ? 'Instances, one square each' : `Instances: over ${CELLS_UP_TO}, shown as totals`}
        </span>
        <FleetLegend />
      </figcaption>
      {/* Fixed size and contained: drawing never makes the browser lay out the page. */}
      <div ref={boxRef} className="relative w-full [contain:strict]" style={{ height: FLEET_HEIGHT }}>
        <canvas ref={canvasRef} aria-hidden="true" className="absolute inset-0 h-full w-full" />
      </div>
      <p ref={textRef} aria-live="polite" data-fleet-text="" className="sr-only" />
    </figure>
  );
}
