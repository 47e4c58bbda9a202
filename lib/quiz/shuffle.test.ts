import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFor, shuffle, shuffleAwayFrom } from './shuffle';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

describe('seeded shuffle', () => {
  it('gives the same order for the same seed, every time', () => {
    expect(shuffle(ids, 42)).toEqual(shuffle(ids, 42));
    // Pinned, so a change to the generator is a deliberate one.
    expect(shuffle(ids, 42).join('')).toBe('ahdfcbijeg');
  });

  it('gives different orders for different attempts of a quiz', () => {
    const orders = new Set([0, 1, 2, 3, 4].map((n) => shuffle(ids, seedFor('what-serverless-is', n)).join('')));
    expect(orders.size).toBe(5);
  });

  it('is a permutation and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, seed);
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('moves every item to every place about equally often', () => {
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    for (let seed = 0; seed < 4000; seed++) shuffle([0, 1, 2, 3], seedFor('x', seed)).forEach((item, place) => counts[item]![place]!++);
    for (const row of counts) for (const n of row) expect(n).toBeGreaterThan(850);
  });

  it('never starts an ordering question in its answer order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 7 }), fc.integer(), (items, seed) => {
        const out = shuffleAwayFrom(items, seed);
        expect(out).not.toEqual(items);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });
});
