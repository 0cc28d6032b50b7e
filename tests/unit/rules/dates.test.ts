import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageInYears,
  compareDates,
  daysBetween,
  inRange,
  toIsoDate,
} from '../../../src/rules/dates';

describe('calendar dates', () => {
  it('takes the first 10 characters of a dateTime, never shifting the day', () => {
    expect(toIsoDate('2026-10-02T23:30:00-05:00')).toBe('2026-10-02');
    expect(toIsoDate('2026-10-02T00:30:00+14:00')).toBe('2026-10-02');
  });

  it('rejects unreadable and impossible dates', () => {
    expect(toIsoDate('2026-02-30')).toBeUndefined();
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate(undefined)).toBeUndefined();
  });

  it('refuses a day followed by anything but a time (issue 8.3)', () => {
    for (const v of ['2026-11-209', '2026-11-20garbage', '2026-11-20 ', '2026-11-20/2026-12-01']) {
      expect(toIsoDate(v)).toBeUndefined();
    }
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-25', -90)).toBe('2026-08-27');
  });

  it('clamps month ends: 2026-01-31 + 1 month = 2026-02-28', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('computes S + k months from S each time, never drifting after a clamp', () => {
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31');
    expect(addMonths('2026-11-25', -12)).toBe('2025-11-25');
  });

  it('compares and counts days', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-04-01')).toBe(90);
    expect(inRange('2026-08-27', '2026-08-27', '2026-11-25')).toBe(true);
    expect(inRange('2026-08-26', '2026-08-27', '2026-11-25')).toBe(false);
  });

  it('counts age in completed years, the birthday itself included', () => {
    expect(ageInYears('2008-11-25', '2026-11-25')).toBe(18);
    expect(ageInYears('2008-11-26', '2026-11-25')).toBe(17);
    expect(ageInYears('2008', '2026-11-25')).toBe(18);
    expect(ageInYears(undefined, '2026-11-25')).toBeUndefined();
    expect(ageInYears('2030-01-01', '2026-11-25')).toBeUndefined();
  });
});
