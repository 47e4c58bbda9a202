import { describe, expect, it } from 'vitest';
import { Bits } from './bits';
import { Rng } from './rng';

// The engine asks a bitmap for its newest free instance twice a request; a wrong answer would
// route a request to the wrong instance without failing anything else loudly.
describe('Bits: set, clear and the highest set bit', () => {
  // 1,024 slots are the two-level fast path; 5,000 take the general one.
  for (const capacity of [20, 1024, 5000]) {
    it(`agrees with a plain set of numbers over random operations, ${capacity} slots`, () => {
      const bits = new Bits(capacity);
      const ref = new Set<number>();
      const rng = new Rng(capacity);
      expect(bits.max()).toBe(-1);
      for (let step = 0; step < 20_000; step++) {
        // Two slots a word (its first and last), so words fill and empty often; mostly near the
        // top, as newest-first routing uses it.
        const words = Math.ceil(capacity / 32);
        const span = rng.next() < 0.7 ? Math.min(3, words) : words;
        const k = words - 1 - Math.floor(rng.next() * span);
        const i = Math.min(capacity - 1, k * 32 + (rng.next() < 0.5 ? 0 : 31));
        if (rng.next() < 0.5) {
          bits.set(i);
          ref.add(i);
        } else {
          bits.clear(i);
          ref.delete(i);
        }
        expect(bits.max()).toBe(ref.size > 0 ? Math.max(...ref) : -1);
      }
    });
  }

  it('is empty again after a resize', () => {
    const bits = new Bits(64);
    bits.set(63);
    bits.resize(2048);
    expect(bits.max()).toBe(-1);
    bits.set(2047);
    bits.set(5);
    expect(bits.max()).toBe(2047);
    bits.clear(2047);
    expect(bits.max()).toBe(5);
  });
});
