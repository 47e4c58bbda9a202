/**
 * Seeded shuffling, so an attempt's order is the same on every render and reload, and "Retry"
 * (a new attempt number) gives a new one. Tests can name the seed and know the order.
 */

/** mulberry32: a tiny, well-mixed 32-bit generator; plenty for ordering a dozen questions. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the text, mixed with the attempt number: one seed per module and attempt. */
export function seedFor(key: string, attempt: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${key}#${attempt}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher–Yates with the seeded generator; returns a new array, the input is left alone. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * For ordering questions the starting order must not already be the answer: a shuffle that lands
 * on it is rotated by one, which is never the identity for two or more items.
 */
export function shuffleAwayFrom<T>(items: readonly T[], seed: number): T[] {
  const out = shuffle(items, seed);
  const same = out.every((item, i) => item === items[i]);
  return same && out.length > 1 ? [...out.slice(1), out[0] as T] : out;
}
