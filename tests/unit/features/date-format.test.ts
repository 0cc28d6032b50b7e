import fc from 'fast-check';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatLocalDate, type DatePattern } from '../../../src/features/shared/date-format';

const PATTERNS: readonly DatePattern[] = ['d MMM yyyy', 'd MMM', 'MMM yyyy', 'yyyy', 'd MMM yyyy, HH:mm'];

describe('formatLocalDate', () => {
  it('writes every pattern exactly as date-fns format did, for any date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        fc.constantFrom(...PATTERNS),
        (d, pattern) => {
          expect(formatLocalDate(d, pattern)).toBe(format(d, pattern));
        },
      ),
      { seed: 20261204, numRuns: 3000 },
    );
  });

  it('writes "2 Oct 2026" and "2 Oct 2026, 09:05"', () => {
    expect(formatLocalDate(new Date(2026, 9, 2, 9, 5), 'd MMM yyyy')).toBe('2 Oct 2026');
    expect(formatLocalDate(new Date(2026, 9, 2, 9, 5), 'd MMM yyyy, HH:mm')).toBe('2 Oct 2026, 09:05');
  });
});
