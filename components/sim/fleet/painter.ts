/**
 * Draws the fleet on a canvas: a cell per instance while there are up to about a hundred, a bar
 * per state beyond, and a line of waiting and turned-away requests. Cells move, appear and vanish
 * over a few hundred milliseconds of real time, whatever the simulation speed; under reduced
 * motion every change is drawn at once. No React: the view calls `draw` from its animation frame.
 *
 * Colour is never the only cue: a starting instance is hatched with a dashed outline, a busy one
 * solid, an idle one hollow with its keep-alive as a shrinking bar, a provisioned one carries a
 * "P", and one that has gone is a fading dashed outline.
 */
import { cellCaption, cellGrid, chooseScale, coldProgress, keepAliveLeft, type Cell, type FleetState, type Scale } from './fleet-state';

/** Height of the cells' area and of the request line under it, in CSS pixels. */
export const CELLS_HEIGHT = 112;
export const LINE_HEIGHT = 26;
export const FLEET_HEIGHT = CELLS_HEIGHT + LINE_HEIGHT;

const MOVE_MS = 90;
const APPEAR_MS = 160;
export const VANISH_MS = 450;
const FLASH_MS = 900;
/** Waiting requests drawn one dot each up to this many; a count says the rest. */
const MAX_DOTS = 24;

export interface FrameInput {
  fleet: FleetState;
  /** Simulated seconds the run has reached. */
  now: number;
  keepAlive: number;
  perRequest: boolean;
  /** Concurrency per instance above 1: busy cells show their request count. */
  shared: boolean;
  queued: number;
  turnedAway: number;
  /** performance.now() of this frame. */
  real: number;
  reducedMotion: boolean;
}

interface Colors {
  busy: string;
  starting: string;
  idle: string;
  fg: string;
  muted: string;
  bg: string;
  soft: string;
  bad: string;
  line: string;
  font: string;
}

interface Anim {
  /** Where the cell is drawn, gliding towards its place in the grid. */
  x: number;
  y: number;
  size: number;
  /** Its place in the grid as last laid out, where it is drawn once it has left. */
  tx: number;
  ty: number;
  tsize: number;
  born: number;
}

export class FleetPainter {
  private ctx: CanvasRenderingContext2D | null = null;
  private width = 0;
  private colors: Colors | null = null;
  private hatch: CanvasPattern | null = null;
  private readonly anims = new Map<number, Anim>();
  private bars = [0, 0, 0];
  private lastFrame = 0;
  private lastTurnedAway = 0;
  private flashUntil = 0;
  private drawnFor: FleetState | null = null;
  scale: Scale = 'cells';

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** The box's CSS width changed: size the backing store for the screen's pixel density. */
  resize(width: number): void {
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    this.width = width;
    this.canvas.width = Math.max(1, Math.round(width * dpr));
    this.canvas.height = Math.round(FLEET_HEIGHT * dpr);
    this.ctx = this.canvas.getContext('2d');
    this.ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.hatch = null;
  }

  /** The theme changed (or first use): read the site's colour tokens afresh. */
  readColors(): void {
    const css = getComputedStyle(this.canvas);
    const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    this.colors = {
      busy: v('--series-1', '#0072b2'),
      starting: v('--series-2', '#d55e00'),
      idle: v('--series-3', '#009e73'),
      fg: v('--fg', '#16181d'),
      muted: v('--fg-muted', '#4b5263'),
      bg: v('--bg-raised', '#ffffff'),
      soft: v('--bg-soft', '#f6f7f9'),
      bad: v('--bad', '#b42318'),
      line: v('--border', '#d9dde5'),
      font: css.fontFamily || 'sans-serif',
    };
    this.hatch = null;
  }

  /** Draws one frame; true while something is still moving (the caller keeps its frames coming). */
  draw(f: FrameInput): boolean {
    const ctx = this.ctx;
    if (!ctx || this.width <= 0) return false;
    if (!this.colors) this.readColors();
    const c = this.colors as Colors;
    if (this.drawnFor !== f.fleet) {
      // A new run: nothing from the old one glides or flashes into it.
      this.drawnFor = f.fleet;
      this.anims.clear();
      this.bars = [0, 0, 0];
      this.lastTurnedAway = f.turnedAway;
      this.flashUntil = 0;
      this.lastFrame = f.real;
    }
    const dt = Math.min(100, Math.max(0, f.real - this.lastFrame));
    this.lastFrame = f.real;
    f.fleet.sweepGone(f.real, f.reducedMotion ? 0 : VANISH_MS);
    if (f.turnedAway > this.lastTurnedAway) this.flashUntil = f.real + FLASH_MS;
    this.lastTurnedAway = f.turnedAway;

    ctx.clearRect(0, 0, this.width, FLEET_HEIGHT);
    this.scale = chooseScale(this.scale, f.fleet.instances);
    const moving = this.scale === 'cells' ? this.drawCells(ctx, c, f, dt) : this.drawTotals(ctx, c, f, dt);
    this.drawRequests(ctx, c, f);
    return moving || f.fleet.gone.length > 0 || f.real < this.flashUntil;
  }

  private pattern(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | null {
    if (this.hatch) return this.hatch;
    const tile = document.createElement('canvas');
    tile.width = tile.height = 8;
    const t = tile.getContext('2d');
    if (!t) return null;
    t.strokeStyle = color;
    t.globalAlpha = 0.55;
    t.lineWidth = 2;
    t.beginPath();
    // Diagonal stripes that meet across tile edges.
    for (const o of [-8, 0, 8]) {
      t.moveTo(o, 8);
      t.lineTo(o + 8, 0);
    }
    t.stroke();
    this.hatch = ctx.createPattern(tile, 'repeat');
    return this.hatch;
  }

  private drawCells(ctx: CanvasRenderingContext2D, c: Colors, f: FrameInput, dt: number): boolean {
    const grid = cellGrid(f.fleet.instances, this.width, CELLS_HEIGHT);
    const step = grid.size + grid.gap;
    const rowStep = step + grid.caption;
    const ease = f.reducedMotion ? 1 : 1 - Math.exp(-dt / MOVE_MS);
    let moving = false;
    let i = 0;
    const seen = new Set<number>();
    for (const cell of f.fleet.live.values()) {
      const tx = (i % grid.cols) * step;
      const ty = Math.floor(i / grid.cols) * rowStep;
      i++;
      seen.add(cell.id);
      let a = this.anims.get(cell.id);
      if (!a) {
        a = { x: tx, y: ty, size: grid.size, tx, ty, tsize: grid.size, born: f.real };
        this.anims.set(cell.id, a);
      }
      a.tx = tx;
      a.ty = ty;
      a.tsize = grid.size;
      a.x += (tx - a.x) * ease;
      a.y += (ty - a.y) * ease;
      a.size += (grid.size - a.size) * ease;
      if (Math.abs(tx - a.x) > 0.5 || Math.abs(ty - a.y) > 0.5 || Math.abs(grid.size - a.size) > 0.5) moving = true;
      else {
        a.x = tx;
        a.y = ty;
        a.size = grid.size;
      }
      const grow = f.reducedMotion ? 1 : Math.min(1, (f.real - a.born) / APPEAR_MS);
      if (grow < 1) moving = true;
      this.cell(ctx, c, f, cell, a.x, a.y, a.size, 0.6 + 0.4 * grow, 1);
      if (grid.caption > 0) this.caption(ctx, c, cellCaption(cell, f.now, f.keepAlive, f.perRequest), a.x, a.y, a.size, grid.gap, 1);
    }
    for (const cell of f.fleet.gone) {
      seen.add(cell.id);
      const a = this.anims.get(cell.id);
      if (!a) continue;
      const k = Math.min(1, (f.real - (cell.vanishFrom ?? f.real)) / VANISH_MS);
      // No caption: a vanishing cell keeps its old place while the grid around it may resize, and
      // two fading "gone" captions ran into each other; the fading dashed outline says it. The
      // place is its slot in the grid it left, not where its glide had reached: frozen mid-glide,
      // two neighbours that left together were drawn over each other (seen at 390 px).
      this.cell(ctx, c, f, cell, a.tx, a.ty, a.tsize, 1 - 0.4 * k, 1 - k);
    }
    if (f.fleet.instances === 0 && f.fleet.gone.length === 0) {
      ctx.fillStyle = c.muted;
      ctx.font = `13px ${c.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('No instances: scaled to zero', this.width / 2, CELLS_HEIGHT / 2);
    }
    for (const id of this.anims.keys()) if (!seen.has(id)) this.anims.delete(id);
    return moving;
  }

  private cell(ctx: CanvasRenderingContext2D, c: Colors, f: FrameInput, cell: Cell, x: number, y: number, size: number, scale: number, alpha: number): void {
    const s = size * scale;
    const ox = x + (size - s) / 2;
    const oy = y + (size - s) / 2;
    ctx.save();
    ctx.globalAlpha = alpha;
    const inset = 1;
    const w = s - 2 * inset;
    const x0 = ox + inset;
    const y0 = oy + inset;
    if (cell.state === 'starting') {
      ctx.fillStyle = c.soft;
      ctx.fillRect(x0, y0, w, w);
      ctx.fillStyle = this.pattern(ctx, c.starting) ?? c.soft;
      ctx.fillRect(x0, y0, w, w);
      // The cold start fills the cell from the bottom as it runs.
      const p = coldProgress(cell, f.now);
      ctx.fillStyle = c.starting;
      ctx.globalAlpha = alpha * 0.6;
      ctx.fillRect(x0, y0 + w * (1 - p), w, w * p);
      ctx.globalAlpha = alpha;
      ctx.setLineDash([3, 2]);
      ctx.strokeStyle = c.starting;
      ctx.lineWidth = 2;
      ctx.strokeRect(x0, y0, w, w);
      ctx.setLineDash([]);
      if (cell.active > 0) this.requestMark(ctx, c, cell.active, x0, y0, w, c.fg, c.bg);
    } else if (cell.state === 'busy') {
      ctx.fillStyle = c.busy;
      ctx.fillRect(x0, y0, w, w);
      if (f.shared && w >= 14) this.label(ctx, c, String(cell.active), x0 + w / 2, y0 + w / 2, c.bg, Math.min(13, w * 0.5));
      else if (w >= 8) this.dot(ctx, x0 + w / 2, y0 + w / 2, Math.max(1.5, w / 8), c.bg);
    } else if (cell.state === 'idle') {
      ctx.fillStyle = c.bg;
      ctx.fillRect(x0, y0, w, w);
      ctx.strokeStyle = c.idle;
      ctx.lineWidth = 2;
      ctx.strokeRect(x0 + 1, y0 + 1, w - 2, w - 2);
      const left = keepAliveLeft(cell, f.now, f.keepAlive, f.perRequest);
      if (left !== null) {
        const h = Math.max(3, w / 5);
        ctx.fillStyle = c.idle;
        ctx.fillRect(x0 + 3, y0 + w - h - 3, Math.max(0, (w - 6) * left), h);
      }
    } else {
      ctx.setLineDash([2, 2]);
      ctx.strokeStyle = c.muted;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x0 + 1, y0 + 1, w - 2, w - 2);
      ctx.setLineDash([]);
    }
    if (cell.provisioned && cell.state !== 'gone') {
      // A "P" in a chip of its own, readable on any state's fill; on tiny cells a corner mark.
      const chip = Math.max(6, Math.min(13, w * 0.45));
      ctx.fillStyle = c.bg;
      ctx.fillRect(x0, y0, chip, chip);
      ctx.strokeStyle = c.fg;
      ctx.lineWidth = 1;
      ctx.strokeRect(x0 + 0.5, y0 + 0.5, chip - 1, chip - 1);
      if (chip >= 9) this.label(ctx, c, 'P', x0 + chip / 2, y0 + chip / 2 + 0.5, c.fg, chip - 3);
    }
    ctx.restore();
  }

  private caption(ctx: CanvasRenderingContext2D, c: Colors, text: string, x: number, y: number, size: number, gap: number, alpha: number): void {
    ctx.save();
    ctx.globalAlpha = alpha;
    ctx.fillStyle = c.muted;
    ctx.font = `11px ${c.font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    // Narrower than the cell and its gap, so neighbouring captions never touch.
    ctx.fillText(text, x + size / 2, y + size + 3, size + gap - 6);
    ctx.restore();
  }

  /** Requests waiting on a starting instance: a dot, or their number when there are several. */
  private requestMark(ctx: CanvasRenderingContext2D, c: Colors, n: number, x: number, y: number, w: number, fg: string, bg: string): void {
    if (n > 1 && w >= 14) {
      ctx.fillStyle = bg;
      ctx.fillRect(x + w * 0.25, y + w * 0.3, w * 0.5, w * 0.4);
      this.label(ctx, c, String(n), x + w / 2, y + w / 2, fg, Math.min(12, w * 0.4));
    } else {
      this.dot(ctx, x + w / 2, y + w / 2, Math.max(2, w / 7), bg);
      ctx.strokeStyle = fg;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(x + w / 2, y + w / 2, Math.max(2, w / 7), 0, Math.PI * 2);
      ctx.stroke();
    }
  }

  private dot(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, color: string): void {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }

  private label(ctx: CanvasRenderingContext2D, c: Colors, text: string, x: number, y: number, color: string, px: number): void {
    ctx.fillStyle = color;
    ctx.font = `600 ${Math.round(px)}px ${c.font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, x, y);
  }

  private drawTotals(ctx: CanvasRenderingContext2D, c: Colors, f: FrameInput, dt: number): boolean {
    const n = f.fleet.counts;
    const total = Math.max(1, f.fleet.instances);
    const rows: [string, number, 'starting' | 'busy' | 'idle'][] = [
      ['Starting', n.starting, 'starting'],
      ['Busy', n.busy, 'busy'],
      ['Idle', n.idle, 'idle'],
    ];
    const labelW = 66;
    const countW = 58;
    const barMax = Math.max(20, this.width - labelW - countW);
    const ease = f.reducedMotion ? 1 : 1 - Math.exp(-dt / MOVE_MS);
    let moving = false;
    ctx.font = `12px ${c.font}`;
    rows.forEach(([name, count, kind], r) => {
      const y = 6 + r * 28;
      const target = (barMax * count) / total;
      const shown = (this.bars[r] ?? 0) + (target - (this.bars[r] ?? 0)) * ease;
      this.bars[r] = Math.abs(target - shown) < 0.5 ? target : shown;
      if (this.bars[r] !== target) moving = true;
      const w = this.bars[r] ?? 0;
      ctx.fillStyle = c.fg;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.font = `12px ${c.font}`;
      ctx.fillText(name, 0, y + 9);
      const x = labelW;
      if (kind === 'busy') {
        ctx.fillStyle = c.busy;
        ctx.fillRect(x, y, w, 18);
      } else if (kind === 'starting') {
        ctx.fillStyle = this.pattern(ctx, c.starting) ?? c.soft;
        ctx.fillRect(x, y, w, 18);
        ctx.setLineDash([3, 2]);
        ctx.strokeStyle = c.starting;
        ctx.lineWidth = 2;
        if (w > 2) ctx.strokeRect(x + 1, y + 1, w - 2, 16);
        ctx.setLineDash([]);
      } else {
        ctx.strokeStyle = c.idle;
        ctx.lineWidth = 2;
        if (w > 2) ctx.strokeRect(x + 1, y + 1, w - 2, 16);
      }
      ctx.fillStyle = c.fg;
      ctx.font = `600 12px ${c.font}`;
      ctx.fillText(count.toLocaleString('en-US'), x + w + 6, y + 9);
    });
    ctx.fillStyle = c.muted;
    ctx.font = `12px ${c.font}`;
    ctx.textAlign = 'left';
    const prov = n.provisioned > 0 ? `, ${n.provisioned.toLocaleString('en-US')} provisioned (P)` : '';
    ctx.fillText(`${f.fleet.instances.toLocaleString('en-US')} instances${prov}`, 0, 6 + 3 * 28 + 9);
    return moving;
  }

  private drawRequests(ctx: CanvasRenderingContext2D, c: Colors, f: FrameInput): void {
    const y = CELLS_HEIGHT + LINE_HEIGHT / 2;
    const waiting = f.queued + f.fleet.counts.waitingCold;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.font = `12px ${c.font}`;
    ctx.fillStyle = c.muted;
    const lead = 'Waiting';
    ctx.fillText(lead, 0, y);
    let x = ctx.measureText(lead).width + 8;
    const dots = Math.min(MAX_DOTS, waiting);
    const room = Math.max(0, Math.floor((this.width * 0.45 - x) / 8));
    const shown = Math.min(dots, room);
    for (let k = 0; k < shown; k++) {
      this.dot(ctx, x + 3, y, 3, c.bg);
      ctx.strokeStyle = c.fg;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(x + 3, y, 3, 0, Math.PI * 2);
      ctx.stroke();
      x += 8;
    }
    ctx.fillStyle = c.fg;
    ctx.font = `600 12px ${c.font}`;
    ctx.fillText(waiting.toLocaleString('en-US'), x + (shown > 0 ? 4 : 0), y);
    const flash = f.real < this.flashUntil;
    const away = `${flash ? '✕ ' : ''}${f.turnedAway.toLocaleString('en-US')} turned away`;
    ctx.textAlign = 'right';
    ctx.fillStyle = flash ? c.bad : c.muted;
    ctx.font = `${flash ? '600 ' : ''}12px ${c.font}`;
    ctx.fillText(away, this.width, y);
  }
}
