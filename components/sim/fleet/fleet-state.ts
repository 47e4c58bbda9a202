/**
 * The fleet as a learner watches it: the engine's trace folded into one cell per instance, in
 * creation order. Pure (no DOM, no clock): the engine calls `apply` while it advances, and the view
 * reads the cells at the simulated time it draws. Counts are kept as events arrive, so the text
 * alternative and the aggregate bars never walk thousands of instances.
 */
import type { TraceEvent } from '../../../simulations';
import { formatClock } from '../../../lib/format';

export type CellState = 'starting' | 'busy' | 'idle' | 'gone';

export interface Cell {
  /** The engine's creation number: the cell's identity and its place in the order. */
  readonly id: number;
  state: CellState;
  provisioned: boolean;
  /** Takes no new requests; ends when its last one finishes (a shrinking fleet). */
  draining: boolean;
  /** Requests on it; on a starting instance they wait for the cold start. */
  active: number;
  startedAt: number;
  readyAt: number;
  /** When it last became idle (or stopped being provisioned while idle): its keep-alive starts. */
  idleSince: number;
  goneAt: number;
  /** Real time (ms) the view first drew it gone; the view's business, kept here with the cell. */
  vanishFrom?: number;
}

export interface FleetCounts {
  starting: number;
  busy: number;
  idle: number;
  provisioned: number;
  /** Requests on starting instances: waiting for a cold start. */
  waitingCold: number;
}

/** What happened since the text alternative last spoke. */
export interface Tally {
  started: number;
  tookRequests: number;
  wentIdle: number;
  gone: number;
}

/** Gone cells kept for their vanishing; a run fast-forwarded to its end must not keep them all. */
export const MAX_GONE = 64;

const emptyTally = (): Tally => ({ started: 0, tookRequests: 0, wentIdle: 0, gone: 0 });

export class FleetState {
  /** Live instances in creation order (a Map iterates in insertion order; numbers only grow). */
  readonly live = new Map<number, Cell>();
  /** Ended instances, oldest first, until the view has shown them vanish. */
  readonly gone: Cell[] = [];
  readonly counts: FleetCounts = { starting: 0, busy: 0, idle: 0, provisioned: 0, waitingCold: 0 };
  tally: Tally = emptyTally();
  /** Bumped at every event: a paused view redraws only when something moved. */
  version = 0;

  /** The engine's trace callback (an arrow, so it can be handed over as is). */
  readonly apply = (e: TraceEvent): void => {
    this.version++;
    if (e.kind === 'start') {
      const readyAt = e.readyAt ?? e.t;
      const cell: Cell = {
        id: e.instance,
        state: readyAt > e.t ? 'starting' : 'idle',
        provisioned: e.provisioned,
        draining: false,
        active: 0,
        startedAt: e.t,
        readyAt,
        idleSince: e.t,
        goneAt: Infinity,
      };
      this.live.set(e.instance, cell);
      this.add(cell, 1);
      if (cell.state === 'starting') this.tally.started++;
      return;
    }
    const cell = this.live.get(e.instance);
    if (!cell) return;
    this.add(cell, -1);
    switch (e.kind) {
      case 'ready':
        cell.readyAt = e.t;
        cell.state = cell.active > 0 ? 'busy' : 'idle';
        if (cell.state === 'idle') cell.idleSince = e.t;
        break;
      case 'busy':
      case 'load':
        cell.active = e.active ?? cell.active + 1;
        if (e.kind === 'busy') this.tally.tookRequests++;
        if (cell.state === 'idle') cell.state = 'busy';
        break;
      case 'idle':
        cell.active = 0;
        if (cell.state === 'busy') {
          cell.state = 'idle';
          cell.idleSince = e.t;
          this.tally.wentIdle++;
        }
        break;
      case 'provision':
        // No longer provisioned while idle: its keep-alive starts now, as the engine's does.
        if (cell.provisioned && !e.provisioned && cell.state === 'idle') cell.idleSince = e.t;
        cell.provisioned = e.provisioned;
        break;
      case 'drain':
        cell.draining = true;
        break;
      case 'end':
        cell.state = 'gone';
        cell.goneAt = e.t;
        this.live.delete(e.instance);
        this.gone.push(cell);
        if (this.gone.length > MAX_GONE) this.gone.shift();
        this.tally.gone++;
        return;
    }
    this.add(cell, 1);
  };

  get instances(): number {
    return this.live.size;
  }

  /** The tally so far, and a fresh one from now. */
  takeTally(): Tally {
    const t = this.tally;
    this.tally = emptyTally();
    return t;
  }

  /** Gone cells whose vanishing (`vanishMs` of real time from when first drawn) is over leave. */
  sweepGone(realNow: number, vanishMs: number): void {
    let keep = 0;
    for (const c of this.gone) {
      c.vanishFrom ??= realNow;
      if (realNow - c.vanishFrom < vanishMs) this.gone[keep++] = c;
    }
    this.gone.length = keep;
  }

  private add(c: Cell, sign: 1 | -1): void {
    const n = this.counts;
    if (c.state === 'starting') {
      n.starting += sign;
      n.waitingCold += sign * c.active;
    } else if (c.state === 'busy') n.busy += sign;
    else if (c.state === 'idle') n.idle += sign;
    if (c.provisioned) n.provisioned += sign;
  }
}

/** 0 at the start of a cold start, 1 when it is ready. */
export function coldProgress(c: Cell, now: number): number {
  const span = c.readyAt - c.startedAt;
  if (!(span > 0)) return 1;
  return Math.min(1, Math.max(0, (now - c.startedAt) / span));
}

/**
 * The share of the keep-alive an idle cell has left (1 just idle, 0 about to go), or null for a
 * cell no keep-alive ends: provisioned instances, and fleets that shrink by target or by hand.
 */
export function keepAliveLeft(c: Cell, now: number, keepAlive: number, perRequest: boolean): number | null {
  if (c.state !== 'idle' || c.provisioned || !perRequest) return null;
  if (!(keepAlive > 0)) return 0;
  return Math.min(1, Math.max(0, 1 - (now - c.idleSince) / keepAlive));
}

export type Scale = 'cells' | 'totals';

/** More live instances than this and the view draws a bar per state instead of a cell each. */
export const CELLS_UP_TO = 100;
/** ...and goes back to cells only below this, so a fleet hovering near 100 does not flicker. */
export const CELLS_AGAIN_BELOW = 80;

export function chooseScale(previous: Scale, instances: number): Scale {
  if (instances > CELLS_UP_TO) return 'totals';
  if (instances < CELLS_AGAIN_BELOW) return 'cells';
  return previous;
}

export interface CellGrid {
  size: number;
  gap: number;
  cols: number;
  /** Height of the caption under each cell (0: none); a row is size + gap + caption high. */
  caption: number;
}

/** Cells at least this large carry a caption in words under them ("idle 95 s"). */
export const CAPTIONED_MIN = 44;
const CAPTION = 16;

/**
 * The largest square cells (up to `max` px) that fit n cells in width × height, captioned while
 * they are large enough, down to `min`; at the minimum the grid may overflow the height, which
 * the caller avoids by switching scale.
 */
export function cellGrid(n: number, width: number, height: number, min = 10, max = 48): CellGrid {
  for (let size = max; size >= min; size--) {
    const gap = Math.max(2, Math.round(size / 6));
    const caption = size >= CAPTIONED_MIN ? CAPTION : 0;
    const cols = Math.max(1, Math.floor((width + gap) / (size + gap)));
    if (Math.ceil(Math.max(1, n) / cols) * (size + gap + caption) - gap <= height) return { size, gap, cols, caption };
  }
  const gap = 2;
  return { size: min, gap, cols: Math.max(1, Math.floor((width + gap) / (min + gap))), caption: 0 };
}

/** The words under a large cell: its state, and for an idle one the keep-alive it has left. */
export function cellCaption(c: Cell, now: number, keepAlive: number, perRequest: boolean): string {
  if (c.state === 'idle') {
    const left = keepAliveLeft(c, now, keepAlive, perRequest);
    return left === null ? 'idle' : `idle ${Math.ceil(left * keepAlive)} s`;
  }
  if (c.state === 'starting') return 'cold start';
  return c.state;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The text alternative: counts by state now, requests waiting and turned away, and what happened
 * since `since` (simulated seconds) when a tally is given.
 */
export function describeFleet(state: FleetState, requests: { queued: number; turnedAway: number }, since?: { at: number; tally: Tally }): string {
  const c = state.counts;
  const prov = c.provisioned > 0 ? ` (${c.provisioned.toLocaleString('en-US')} provisioned)` : '';
  const waiting = requests.queued + c.waitingCold;
  let text =
    `${plural(state.instances, 'instance', 'instances')}${prov}: ${c.starting.toLocaleString('en-US')} starting, ` +
    `${c.busy.toLocaleString('en-US')} busy, ${c.idle.toLocaleString('en-US')} idle; ` +
    `${plural(waiting, 'request', 'requests')} waiting; ${requests.turnedAway.toLocaleString('en-US')} turned away.`;
  if (since) {
    const t = since.tally;
    const parts = [
      t.started > 0 ? `${plural(t.started, 'instance', 'instances')} started cold` : '',
      t.tookRequests > 0 ? `${t.tookRequests.toLocaleString('en-US')} became busy` : '',
      t.wentIdle > 0 ? `${t.wentIdle.toLocaleString('en-US')} went idle` : '',
      t.gone > 0 ? `${t.gone.toLocaleString('en-US')} shut down` : '',
    ].filter(Boolean);
    if (parts.length > 0) text += ` Since ${formatClock(since.at)}: ${parts.join(', ')}.`;
  }
  return text;
}
