import { describe, expect, it } from 'vitest';
import { axisTicks } from './sweep-ticks';

describe('sweep axis ticks', () => {
  it('reaches past the highest value on a value axis from 0', () => {
    expect(axisTicks(0, 37, false)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(0, 40, false)).toEqual([0, 10, 20, 30, 40]);
  });
  it('stays inside a setting range', () => {
    expect(axisTicks(1, 100, false)).toEqual([25, 50, 75, 100]);
  });
  it('puts 1-2-5 ticks on a log axis, only decades when crowded', () => {
    expect(axisTicks(1, 60, true)).toEqual([1, 2, 5, 10, 20, 50]);
    expect(axisTicks(1, 1800, true)).toEqual([1, 10, 100, 1000]);
  });
});
