import { describe, expect, it } from 'vitest';
import { formatDate, readableDates } from '../../../src/features/shared/format';

describe('readableDates (rule texts on screen)', () => {
  it('writes every ISO date of a rule text the way the rest of the screen does', () => {
    expect(readableDates('ALT 212 U/L on 2026-10-02 is 5.3× ULN; AST on 2026-09-30.')).toBe(
      'ALT 212 U/L on 2 Oct 2026 is 5.3× ULN; AST on 30 Sep 2026.',
    );
    expect(readableDates('No usable ALT between 2026-08-27 and 2026-11-25 (window)')).toBe(
      'No usable ALT between 27 Aug 2026 and 25 Nov 2026 (window)',
    );
  });

  it('leaves impossible dates, longer numbers and dates inside resource ids as written', () => {
    expect(readableDates('on 2026-13-45, 12345-67-89, Observation/alt-2026-10-02')).toBe(
      'on 2026-13-45, 12345-67-89, Observation/alt-2026-10-02',
    );
  });
});

describe('formatDate', () => {
  it('never rolls an impossible date over to a real one', () => {
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('2024-02-29')).toBe('29 Feb 2024');
  });

  it('keeps years below 100 as written', () => {
    expect(formatDate('0026-03-01')).toBe('1 Mar 0026');
  });
});
