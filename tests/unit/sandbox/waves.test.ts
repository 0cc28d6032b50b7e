import { describe, expect, it } from 'vitest';
import { countWaves, median } from '../../e2e/support/waves';

describe('countWaves (launch bench)', () => {
  it('counts requests started together as one wave', () => {
    expect(
      countWaves([
        { start: 0, end: 100 },
        { start: 5, end: 90 },
        { start: 8, end: 300 },
      ]),
    ).toBe(1);
  });

  it('counts a request started after an earlier response as a second wave, and chains', () => {
    const reqs = [
      { start: 0, end: 100 },
      { start: 2, end: 400 },
      { start: 120, end: 220 }, // after the first response: wave 2
      { start: 230, end: 300 }, // after the wave-2 response: wave 3
    ];
    expect(countWaves(reqs)).toBe(3);
  });

  it('is 0 for no requests; median of odd and even lists', () => {
    expect(countWaves([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
