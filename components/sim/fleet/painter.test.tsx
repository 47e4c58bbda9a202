/**
 * The painter on a recording canvas: what it strokes, where. jsdom has no 2D context, so the
 * canvas hands out one that keeps the dashed outlines (how a leaving instance is drawn) and
 * ignores the rest.
 */
import { describe, expect, it } from 'vitest';
import { cellGrid, FleetState } from './fleet-state';
import { CELLS_HEIGHT, FleetPainter, type FrameInput } from './painter';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function recordingCanvas(): { canvas: HTMLCanvasElement; dashed: Box[] } {
  const dashed: Box[] = [];
  let dash: number[] = [];
  const ctx = new Proxy(
    {
      setLineDash: (d: number[]) => void (dash = d),
      strokeRect: (x: number, y: number, w: number, h: number) => void (dash.length > 0 && dashed.push({ x, y, w, h })),
      createPattern: () => null,
      measureText: () => ({ width: 0 }),
    } as Record<string, unknown>,
    // Every other call (fills, text, transforms) is accepted and forgotten.
    { get: (o, k: string) => (k in o ? o[k] : () => {}), set: () => true },
  );
  const canvas = document.createElement('canvas');
  canvas.getContext = (() => ctx) as unknown as HTMLCanvasElement['getContext'];
  return { canvas, dashed };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the fleet painter', () => {
  it('draws instances that leave together apart, even when they left in the middle of a glide', () => {
    const width = 358;
    const grid = cellGrid(12, width, CELLS_HEIGHT);
    const fleet = new FleetState();
    for (let i = 0; i < 12; i++) fleet.apply({ t: 0, kind: 'start', instance: i, provisioned: false, readyAt: 0 });
    const { canvas, dashed } = recordingCanvas();
    const painter = new FleetPainter(canvas);
    painter.resize(width);
    const frame = (real: number): FrameInput => ({ fleet, now: 1, keepAlive: 60, perRequest: true, shared: false, queued: 0, turnedAway: 0, real, reducedMotion: false });
    painter.draw(frame(0));
    // The first instance leaves: every other cell glides one place back, the first of the second
    // row up across the first row to its end, the second of that row left into its place...
    fleet.apply({ t: 1, kind: 'end', instance: 0, provisioned: false });
    painter.draw(frame(16));
    // ...and those two leave one frame into their glides, where their paths crossed.
    fleet.apply({ t: 1.1, kind: 'end', instance: grid.cols, provisioned: false });
    fleet.apply({ t: 1.1, kind: 'end', instance: grid.cols + 1, provisioned: false });
    dashed.length = 0;
    painter.draw(frame(32));
    // Three leaving outlines: the first instance's, fading, and the two just gone.
    expect(dashed).toHaveLength(3);
    const [, a, b] = dashed as [Box, Box, Box];
    expect(overlap(a, b)).toBe(false);
    // Each in the slot it was gliding to: the end of the first row and the start of the second.
    const step = grid.size + grid.gap;
    expect(Math.round(a.x - 2)).toBe((grid.cols - 1) * step);
    expect(Math.round(b.x - 2)).toBe(0);
  });
});
