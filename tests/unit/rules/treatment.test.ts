import { describe, expect, it } from 'vitest';
import { dailyDoseMg } from '../../../src/rules/dose';
import { alt, assess, codes, data, med, noteCodes, riluzole } from './fixtures';

const statusOf = (...meds: Parameters<typeof riluzole>[0][]): string =>
  assess(data({ meds: meds.map((m) => riluzole(m)) })).treatment.status;

describe('treatment status', () => {
  it('is on-riluzole when an active or intended record covers asOf', () => {
    expect(statusOf({ start: '2026-06-01' })).toBe('on-riluzole');
    expect(statusOf({ start: '2026-06-01', status: 'intended', resourceType: 'MedicationStatement' })).toBe(
      'on-riluzole',
    );
    expect(statusOf({ start: '2026-06-01', end: '2026-11-25' })).toBe('on-riluzole');
  });

  it('is paused when only an on-hold record covers asOf', () => {
    expect(statusOf({ start: '2026-06-01', status: 'on-hold' })).toBe('paused');
  });

  it('is stopped when only past records exist', () => {
    expect(statusOf({ start: '2026-01-01', status: 'completed' })).toBe('stopped');
    expect(statusOf({ start: '2026-01-01', end: '2026-11-24' })).toBe('stopped');
  });

  it('is never when there is nothing, or only ignored records', () => {
    expect(statusOf()).toBe('never');
    expect(
      statusOf(
        { start: '2026-06-01', status: 'cancelled' },
        { start: '2026-06-01', status: 'entered-in-error' },
        { start: '2026-06-01', status: 'draft' },
        { start: '2026-06-01', status: 'not-taken' },
      ),
    ).toBe('never');
  });

  it('does not let a future or planned order set the status', () => {
    const a = assess(
      data({ meds: [riluzole({ start: '2026-12-01' }), riluzole({ start: '2026-10-01', intent: 'plan' })] }),
    );
    expect(a.treatment.status).toBe('never');
    expect(noteCodes(a)).toContain('data.future-or-planned-order');
  });

  it('ends a record at start + boundsDuration', () => {
    expect(statusOf({ start: '2026-10-01', boundsDurationDays: 54 })).toBe('stopped');
    expect(statusOf({ start: '2026-10-01', boundsDurationDays: 55 })).toBe('on-riluzole');
  });
});

describe('courses', () => {
  it('joins records with a gap of exactly restartGapDays into one course', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ start: '2026-01-01', end: '2026-03-01', status: 'completed' }),
          riluzole({ start: '2026-05-30' }),
        ],
      }),
    );
    expect(a.treatment.courseStart).toBe('2026-01-01');
    expect(noteCodes(a)).not.toContain('data.new-course-assumed');
  });

  it('starts a new course after a gap one day longer, with a note', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ start: '2026-01-01', end: '2026-03-01', status: 'completed' }),
          riluzole({ start: '2026-05-31' }),
        ],
      }),
    );
    expect(a.treatment.courseStart).toBe('2026-05-31');
    expect(noteCodes(a)).toContain('data.new-course-assumed');
  });

  it('gives the last course start when stopped', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ start: '2025-01-01', end: '2025-02-01', status: 'stopped' }),
          riluzole({ start: '2026-01-01', end: '2026-06-01', status: 'completed' }),
        ],
      }),
    );
    expect(a.treatment).toMatchObject({ status: 'stopped', courseStart: '2026-01-01' });
  });

  it('has no course start without a start date, and monitoring is due now, never up to date', () => {
    const a = assess(data({ meds: [riluzole({})], labs: [alt('2026-11-20', 20)] }));
    expect(a.treatment.status).toBe('on-riluzole');
    expect(a.treatment.courseStart).toBeUndefined();
    expect(noteCodes(a)).toContain('data.course-start-unknown');
    expect(a.monitoring).toMatchObject({ status: 'due', nextDue: '2026-11-25' });
  });

  it('lists products and evidence', () => {
    const a = assess(data({ meds: [riluzole({ start: '2026-06-01', id: 'mr-1' })] }));
    expect(a.treatment.products).toEqual(['Riluzole 50 MG Oral Tablet']);
    expect(a.treatment.evidence).toEqual([
      { resourceType: 'MedicationRequest', id: 'mr-1', display: 'Riluzole 50 MG Oral Tablet', date: '2026-06-01' },
    ]);
  });
});

describe('daily dose', () => {
  it.each([
    [[{ doseValue: 50, doseUnit: 'mg', frequency: 2, period: 1, periodUnit: 'd' }], 100],
    [[{ doseValue: 1, doseUnit: 'tablet', timingCode: 'BID' }], 100],
    [[{ doseValue: 1, doseUnit: '{tbl}', frequency: 1, period: 12, periodUnit: 'h' }], 100],
    [[{ doseValue: 10, doseUnit: 'mL', timingCode: 'BID' }], 100],
    [[{ doseValue: 1, doseUnit: 'film', timingCode: 'TID' }], 150],
    [
      [
        { doseValue: 50, doseUnit: 'mg', timingCode: 'QD' },
        { doseValue: 50, doseUnit: 'mg', timingCode: 'QD' },
      ],
      100,
    ],
    [[{ doseValue: 50, doseUnit: 'milligram', doseUnitCode: 'mg', timingCode: 'BID' }], 100],
    [[{ doseValue: 1, doseUnit: 'tablet(s)', doseUnitCode: '{tbl}', timingCode: 'BID' }], 100],
    [[{ doseValue: 1, doseUnit: 'oral tablet thing', doseUnitCode: '{tbl}', timingCode: 'BID' }], 100],
    [[{ doseValue: 50, doseUnit: 'mg', timingCode: '229798009', timingCodes: ['229798009', 'TID'] }], 150],
  ])('computes %j as %s mg a day', (dosage, mg) => {
    expect(dailyDoseMg(dosage)).toBe(mg);
  });

  it('cannot compute a dose without a unit, a frequency or any instruction', () => {
    expect(dailyDoseMg([{ doseValue: 50, timingCode: 'BID' }])).toBeUndefined();
    expect(dailyDoseMg([{ doseValue: 50, doseUnit: 'mg' }])).toBeUndefined();
    expect(dailyDoseMg([{ text: 'as directed' }])).toBeUndefined();
    expect(dailyDoseMg([])).toBeUndefined();
  });

  it('flags a non-standard dose and reports the standard one', () => {
    const odd = assess(
      data({
        meds: [riluzole({ start: '2026-06-01', dosage: [{ doseValue: 1, doseUnit: 'tablet', timingCode: 'TID' }] })],
      }),
    );
    expect(odd.treatment.dailyDoseMg).toBe(150);
    expect(codes(odd)).toContain('dose.nonstandard');
    const std = assess(data({ meds: [riluzole({ start: '2026-06-01' })] }));
    expect(std.treatment.dailyDoseMg).toBe(100);
    expect(codes(std)).not.toContain('dose.nonstandard');
  });

  it('notes an uncomputable dose and makes no dose finding', () => {
    const a = assess(data({ meds: [riluzole({ start: '2026-06-01', dosage: [{ text: 'one tablet twice daily' }] })] }));
    expect(a.treatment.dailyDoseMg).toBeUndefined();
    expect(codes(a)).not.toContain('dose.nonstandard');
    expect(noteCodes(a)).toContain('data.dose-uncomputable');
  });

  it('does not take a non-riluzole medication for riluzole', () => {
    expect(assess(data({ meds: [med('Baclofen 10 MG', { start: '2026-06-01' })] })).treatment.status).toBe('never');
  });
});
