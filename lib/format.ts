/** Number formatting shared by readouts, tables, axes and the spoken summary. */

/** Seconds of simulated time as a clock: "0:45", "12:30", "1:05:00". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** Simulated time in words for screen readers: "12 min 30 s". */
export function formatDurationWords(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const parts = [h ? `${h} h` : '', m ? `${m} min` : '', sec || (!h && !m) ? `${sec} s` : ''];
  return parts.filter(Boolean).join(' ');
}

/** A latency in seconds, shown in ms below 1 s: "230 ms", "1.4 s". */
export function formatLatency(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  return `${seconds < 10 ? seconds.toFixed(2) : seconds.toFixed(1)} s`;
}

// Built once: toLocaleString with options builds a new formatter on every call, and chart ticks
// and readouts format hundreds of numbers a second while a run plays.
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const fraction = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Up to `digits` significant digits, without a trailing ".0" and with thousands separators. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return whole.format(Math.round(value));
  return fraction.format(Number(value.toPrecision(digits)));
}

const exact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/**
 * Every digit up to three decimals ("1,234.567"): quiz answers and knob values, where rounding to
 * significant digits would change the number a learner is told is right.
 */
export function formatExact(value: number): string {
  return exact.format(value);
}

export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  if (pct === 0) return '0%';
  if (pct < 0.1) return '<0.1%';
  return `${pct < 10 ? pct.toFixed(1) : Math.round(pct)}%`;
}

/** Dollars: small amounts keep enough digits to see the meter move ("$0.000412"). */
export function formatMoney(dollars: number | undefined): string {
  if (dollars === undefined || !Number.isFinite(dollars)) return '—';
  if (dollars === 0) return '$0';
  const abs = Math.abs(dollars);
  if (abs >= 100) return `$${whole.format(Math.round(dollars))}`;
  if (abs >= 1) return `$${dollars.toFixed(2)}`;
  // Three significant digits for cents and fractions of a cent.
  const decimals = Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(abs))));
  return `$${dollars.toFixed(decimals)}`;
}
