'use client';

/**
 * Drives one or more runs on one clock: a requestAnimationFrame loop advances every run by
 * speed × elapsed time, React hears about it at most every `publishMs`, and settings that move
 * mid-run are handed to run.set() so the run changes from that moment instead of restarting.
 * Runs start on a click, pause while off screen or in a hidden tab, and stop at their end; with
 * reduced motion a run jumps straight to its end.
 */
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { noteRunStarted } from '../charts/redraw-queue';
import { createSimRun, runView, settingsChanges, type RunView, type SimRun } from '../model/sim-run';
import { setMidRun } from '../model/run-export';
import type { SimSettings } from '../model/settings';
import { useReducedMotion } from './use-reduced-motion';

export type Status = 'ready' | 'playing' | 'paused' | 'ended';

const frameBudgetMs = 8;
const fastForwardBudgetMs = 30;
const slices = 32;

interface Options {
  rootRef: RefObject<HTMLElement | null>;
  initialSpeed: number;
  /** Fastest rate at which charts re-render while playing. */
  publishMs?: number;
  /** A new key starts a new run whatever changed (a preset picked from the list). */
  runKey?: string;
}

function sameList(a: readonly SimSettings[], b: readonly SimSettings[]) {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export function useSimulation(settings: readonly SimSettings[], { rootRef, initialSpeed, publishMs = 100, runKey = '' }: Options) {
  const reducedMotion = useReducedMotion();
  const [speed, setSpeed] = useState(initialSpeed);
  const [status, setStatus] = useState<Status>('ready');
  // The runs the first render shows are the runs: rebuilding them in the first effect published
  // new figures that redrew every chart once more while the page loaded (issue 14).
  const [initial] = useState(() => settings.map(createSimRun));
  const [views, setViews] = useState<RunView[]>(() => initial.map(runView));
  const [inView, setInView] = useState(true);
  const [tabVisible, setTabVisible] = useState(true);

  const runs = useRef<SimRun[]>(initial);
  const applied = useRef<readonly SimSettings[]>(settings);
  const appliedKey = useRef(runKey);
  const statusRef = useRef(status);
  statusRef.current = status;

  // A transition: React may split the charts' re-render into slices and keep input responsive.
  // `urgent` when the status changes with it: the end of a run and its last figures must land in
  // the same render, or the spoken summary announces the end with figures from before it.
  const publish = useCallback((urgent = false) => {
    const next = runs.current.map(runView);
    if (urgent) setViews(next);
    else startTransition(() => setViews(next));
  }, []);
  // Settings can change on every pixel of a slider drag; the charts hear about it at most once
  // per `publishMs`, after the latest change.
  const pending = useRef<number | undefined>(undefined);
  const publishSoon = useCallback(() => {
    if (pending.current !== undefined) return;
    pending.current = window.setTimeout(() => {
      pending.current = undefined;
      publish();
    }, publishMs);
  }, [publish, publishMs]);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  // Whether the current run changed settings after it started: an experiment grades only a run
  // that had its settings from start to end.
  const changedMidRun = useRef(false);
  const rebuild = useCallback(
    (list: readonly SimSettings[]) => {
      runs.current = list.map(createSimRun);
      applied.current = list;
      changedMidRun.current = false;
    },
    [],
  );
  const isMixed = useCallback(() => changedMidRun.current, []);

  // Reduced motion: the run goes straight to its end, computed in budgeted slices over a few
  // frames (a simulated day of heavy traffic is seconds of work) and drawn once, at the end.
  const fastForward = useRef(false);
  const finish = useCallback(() => {
    fastForward.current = true;
    setStatus('playing');
  }, []);

  // Settings changed: mid-run changes go to run.set(); anything that reshapes the whole run
  // (platform, seed, run length, the number of configurations) starts afresh.
  useEffect(() => {
    if (sameList(settings, applied.current) && runKey === appliedKey.current) return;
    const prev = applied.current;
    const started = runs.current.some((r) => r.run.time > 0);
    let restart = !started || prev.length !== settings.length || statusRef.current === 'ended' || runKey !== appliedKey.current;
    appliedKey.current = runKey;
    if (!restart) {
      settings.forEach((s, i) => {
        const before = prev[i];
        const r = runs.current[i];
        if (!before || !r || restart) return;
        const changes = settingsChanges(before, s);
        if (changes === 'restart') {
          restart = true;
          return;
        }
        try {
          setMidRun(r, changes);
          if (changes.length > 0) changedMidRun.current = true;
        } catch {
          // The engine refused a mid-run change; a fresh run with the new settings is the honest fallback.
          restart = true;
        }
      });
    }
    if (restart) {
      rebuild(settings);
      // A playing run goes on playing from the start; a finished one shows its new ending at once
      // under reduced motion, else waits for Play.
      if (statusRef.current === 'ended' && reducedMotion) finish();
      else if (statusRef.current !== 'playing') setStatus('ready');
    }
    applied.current = settings;
    // While playing, the animation loop shows the change within a tenth of a second; publishing
    // here too would redraw every chart on every pixel of a slider drag.
    if (restart || statusRef.current !== 'playing') publishSoon();
  }, [settings, runKey, rebuild, publishSoon, finish, reducedMotion]);

  // Pause while the panel is off screen or the tab is hidden; resume when it comes back.
  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true));
    io.observe(el);
    return () => io.disconnect();
  }, [rootRef]);
  useEffect(() => {
    const onChange = () => setTabVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  const running = status === 'playing' && inView && tabVisible;
  const speedRef = useRef(speed);
  speedRef.current = speed;

  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    let lastPublish = 0;
    let frame = requestAnimationFrame(function tick(now) {
      // A long gap (a background tab, a debugger) must not jump the run forward by minutes.
      const dt = Math.min(0.1, Math.max(0, (now - last) / 1000));
      last = now;
      const first = runs.current[0];
      if (!first) return;
      const ff = fastForward.current;
      const target = ff ? first.duration : Math.min(first.duration, first.run.time + speedRef.current * dt);
      // Heavy traffic at a high speed can be more than a frame's work: advance in slices and stop
      // after the frame's budget, so the page stays responsive and the run falls behind instead.
      const from = first.run.time;
      const started = performance.now();
      const n = ff ? 400 : slices;
      for (let k = 1; k <= n; k++) {
        const t = from + ((target - from) * k) / n;
        for (const r of runs.current) r.run.advanceTo(Math.min(r.duration, t));
        if (performance.now() - started > (ff ? fastForwardBudgetMs : frameBudgetMs)) break;
      }
      const done = runs.current.every((r) => r.run.time >= r.duration);
      if (done) {
        fastForward.current = false;
        setStatus('ended');
        publish(true);
        return;
      }
      if (!ff && now - lastPublish >= publishMs) {
        lastPublish = now;
        publish();
      }
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [running, publish, publishMs]);

  const play = useCallback(() => {
    noteRunStarted();
    if (statusRef.current === 'ended') {
      rebuild(applied.current);
      publish();
    }
    if (reducedMotion) finish();
    else setStatus('playing');
  }, [reducedMotion, finish, rebuild, publish]);

  const pause = useCallback(() => setStatus((s) => (s === 'playing' ? 'paused' : s)), []);

  const step = useCallback(() => {
    const first = runs.current[0];
    if (!first || statusRef.current === 'ended') return;
    const target = Math.min(first.duration, first.run.time + first.stepSize);
    for (const r of runs.current) r.run.advanceTo(Math.min(r.duration, target));
    setStatus(runs.current.every((r) => r.run.time >= r.duration) ? 'ended' : 'paused');
    publish(true);
  }, [publish]);

  const reset = useCallback(() => {
    fastForward.current = false;
    rebuild(applied.current);
    setStatus('ready');
    publish();
  }, [rebuild, publish]);

  /** The live run behind views[i], for taking it away (run-export.ts); read it in a handler, not in render. */
  const runAt = useCallback((i: number): SimRun | undefined => runs.current[i], []);

  // `runs`: the live runs themselves, for views that draw every frame (the fleet view).
  return { views, status, speed, setSpeed, play, pause, step, reset, reducedMotion, running, isMixed, runAt, runs };
}
