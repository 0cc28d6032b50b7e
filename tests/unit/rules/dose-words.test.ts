import { describe, expect, it } from 'vitest';
import { dosageWords as doseWords } from '../../../src/rules/dose-words';

describe('dose words (issue 7.7)', () => {
  it('writes "50 mg twice a day", never "50 mg 2x per 1 d"', () => {
    expect(doseWords({ doseValue: 50, doseUnit: 'mg', frequency: 2, period: 1, periodUnit: 'd' })).toBe(
      '50 mg twice a day',
    );
  });

  it('writes longer periods and timing codes in words', () => {
    expect(doseWords({ doseValue: 1, doseUnit: 'tablet', frequency: 1, period: 60, periodUnit: 'd' })).toBe(
      '1 tablet once every 60 days',
    );
    expect(doseWords({ doseValue: 50, doseUnit: 'mg', timingCodes: ['BID'] })).toBe('50 mg twice a day');
  });

  it('falls back to the record’s own text, and to nothing', () => {
    expect(doseWords({ text: '1 tab twice a day' })).toBe('1 tab twice a day');
    expect(doseWords({ doseValue: 50, doseUnit: 'mg' })).toBeUndefined();
  });
});
