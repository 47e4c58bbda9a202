/**
 * Round axis ticks for a sweep's range: 1-2-5 steps on a linear axis, 1-2-5 per decade on a log
 * one (only the powers of ten when that would crowd the labels). Always includes a tick at or
 * past `hi` on the linear value axis, so the top of the band is inside the plot.
 */
export function axisTicks(lo: number, hi: number, log: boolean): number[] {
  if (!(hi > lo)) return [lo, lo + 1];
  if (log && lo > 0) {
    const ticks: number[] = [];
    for (let decade = 10 ** Math.floor(Math.log10(lo)); decade <= hi; decade *= 10) {
      for (const m of [1, 2, 5]) {
        const t = Number((m * decade).toPrecision(6));
        if (t >= lo * 0.999 && t <= hi * 1.001) ticks.push(t);
      }
    }
    return ticks.length > 6 ? ticks.filter((t) => Number.isInteger(Math.round(Math.log10(t) * 1e9) / 1e9)) : ticks;
  }
  const raw = (hi - lo) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((x) => x >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  const first = Math.ceil(lo / step - 1e-9) * step;
  for (let k = 0; k < 50; k++) {
    const t = Number((first + k * step).toPrecision(12));
    if (t > hi + step * 1e-9) {
      // The value axis starts at 0 and must reach past the highest value.
      if (lo === 0 && ticks[ticks.length - 1] !== undefined && (ticks[ticks.length - 1] as number) < hi) ticks.push(t);
      break;
    }
    ticks.push(t);
  }
  return ticks;
}
