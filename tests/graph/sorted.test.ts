/** The sorting helpers of the graph module (src/graph/sorted.ts). Expected orders are written by hand. */
import { describe, expect, it } from 'vitest';
import { compareText, lowerBound } from '../../src/graph/sorted.js';

describe('compareText', () => {
  it('orders by code unit, as `<` does: capitals before small letters, "é" after "z", a prefix first', () => {
    expect(['z', 'é', 'b', 'B', 'ab', 'a'].sort(compareText)).toEqual(['B', 'a', 'ab', 'b', 'z', 'é']);
  });

  it('is negative, zero or positive as the first string comes before, equals or comes after the second', () => {
    expect(compareText('a', 'b')).toBeLessThan(0);
    expect(compareText('b', 'a')).toBeGreaterThan(0);
    expect(compareText('same', 'same')).toBe(0);
  });

  it('keeps equal strings in their order (sort is stable when they compare as zero)', () => {
    const items = [
      { key: 'b', at: 1 },
      { key: 'a', at: 2 },
      { key: 'b', at: 3 },
      { key: 'a', at: 4 },
    ];
    expect(items.sort((x, y) => compareText(x.key, y.key)).map(({ at }) => at)).toEqual([2, 4, 1, 3]);
  });
});

describe('lowerBound', () => {
  it('finds the first index whose item is not less than the value', () => {
    const sorted = ['b', 'd', 'd', 'f'];
    expect([
      lowerBound(sorted, 'a'),
      lowerBound(sorted, 'd'),
      lowerBound(sorted, 'e'),
      lowerBound(sorted, 'g'),
    ]).toEqual([0, 1, 3, 4]);
  });
});
