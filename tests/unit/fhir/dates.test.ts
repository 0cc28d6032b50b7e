import { describe, it, expect } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { readDate } from '../../../src/fhir/normalize/dates';
import { altObservation, labOf, normalize, noteCodes } from './fixtures';

describe('readDate', () => {
  it('takes the first 10 characters as written, never shifting the time zone', () => {
    expect(readDate('2026-03-01T23:30:00-08:00')).toEqual({
      date: '2026-03-01',
      dateTime: '2026-03-01T23:30:00-08:00',
      partial: false,
    });
    expect(readDate('2026-03-01T00:30:00+14:00').date).toBe('2026-03-01');
  });
  it('reads a partial YYYY-MM or YYYY as the first day, marked partial', () => {
    expect(readDate('2026-03')).toMatchObject({ date: '2026-03-01', partial: true });
    expect(readDate('2026')).toMatchObject({ date: '2026-01-01', partial: true });
  });
  it('reads impossible dates and non-dates as no date', () => {
    for (const v of ['2026-02-30', '2026-13-01', 'yesterday', 20260301, null]) expect(readDate(v).date).toBeUndefined();
    expect(readDate('2024-02-29').date).toBe('2024-02-29');
  });
});

describe('Observation dates', () => {
  it('uses effectiveDateTime, else effectivePeriod.start, else issued', () => {
    expect(labOf(altObservation()).date).toBe('2026-03-02');
    expect(
      labOf(
        altObservation({
          effectiveDateTime: undefined,
          effectivePeriod: { start: '2026-02-01T10:00:00Z' },
          issued: '2026-02-03T00:00:00Z',
        }),
      ).date,
    ).toBe('2026-02-01');
    expect(labOf(altObservation({ effectiveDateTime: undefined, issued: '2026-02-03T00:00:00Z' })).date).toBe(
      '2026-02-03',
    );
  });
  it('notes a partial date and still counts the result', () => {
    const lab = labOf(altObservation({ effectiveDateTime: '2026-03' }));
    expect(lab).toMatchObject({ date: '2026-03-01', usable: true });
    expect(noteCodes(lab)).toContain('data.date-partial');
  });
  it('makes a result with no date not usable, with data.date-missing', () => {
    const lab = labOf(altObservation({ effectiveDateTime: undefined }));
    expect(lab.usable).toBe(false);
    expect(noteCodes(lab)).toContain('data.date-missing');
  });
});

describe('Patient birth date', () => {
  const patient = (birthDate: string, id = 'p1'): Patient => ({
    resourceType: 'Patient',
    id,
    gender: 'male',
    birthDate,
  });
  const partialNotes = (resources: readonly unknown[]) =>
    normalize(resources).notes.filter((n) => n.code === 'data.date-partial');

  it('reads a birth year "2008" as 2008-01-01 and notes data.date-partial on the Patient', () => {
    const data = normalize([patient('2008')]);
    expect(data.patient.birthDate).toBe('2008-01-01');
    expect(data.notes).toEqual([
      expect.objectContaining({ code: 'data.date-partial', resourceType: 'Patient', id: 'p1' }),
    ]);
    expect(data.notes[0]?.detail).toContain('"2008"');
  });
  it('reads a birth year-month "2008-07" as 2008-07-01 with data.date-partial', () => {
    const data = normalize([patient('2008-07')]);
    expect(data.patient.birthDate).toBe('2008-07-01');
    expect(partialNotes([patient('2008-07')])).toHaveLength(1);
  });
  it('gives no note for a full birth date', () => {
    expect(partialNotes([patient('2008-07-14')])).toEqual([]);
  });
  it("leaves out another patient's partial birth date note with that patient's records", () => {
    expect(partialNotes([patient('1960-01-01'), altObservation(), patient('1950', 'p2')])).toEqual([]);
  });
});

describe('dates read by the FHIR grammar (issue 8.3)', () => {
  const WRONG = [
    '2026-11-209',
    '2026-11-20garbage',
    '2026-11-20T',
    '2026-11-20T09:30',
    '2026-11-20T09:30:00',
    '2026-11-20T25:00:00Z',
    '2026-11-20T09:30:00+15:00',
    '2026-11-20 09:30:00Z',
    ' 2026-11-20',
    '2026-1-20',
    '20261120',
    '0000-01-01',
    '2026-00',
    '2026-11-00',
    '2026-02-29',
    '+2026-11-20',
    '2026-11-20Z',
  ];
  it.each(WRONG)('"%s" is not a date, marked malformed', (v) => {
    expect(readDate(v)).toMatchObject({ partial: false, malformed: v });
    expect(readDate(v).date).toBeUndefined();
  });
  it.each([
    ['2026-11-20T09:30:00Z', '2026-11-20'],
    ['2026-11-20T09:30:00.123+14:00', '2026-11-20'],
    ['2026-11-20T23:59:60-13:59', '2026-11-20'],
    ['0001-01-01', '0001-01-01'],
  ])('"%s" reads as %s', (v, date) => {
    expect(readDate(v)).toMatchObject({ date, partial: false });
  });
  it.each(WRONG)('an ALT dated "%s" is not usable, with data.date-missing, even with an issued date', (v) => {
    const lab = labOf(altObservation({ effectiveDateTime: v, issued: '2026-11-21T00:00:00Z' }));
    expect(lab.usable).toBe(false);
    expect(lab.date).toBeUndefined();
    expect(noteCodes(lab)).toContain('data.date-missing');
  });
  it('a riluzole start that is not a FHIR date is no start, with a note', () => {
    const items = normalize([
      {
        resourceType: 'MedicationRequest',
        id: 'mr1',
        status: 'active',
        intent: 'order',
        subject: { reference: 'Patient/p1' },
        medicationCodeableConcept: { text: 'riluzole 50 mg tablet' },
        authoredOn: '2026-01-10garbage',
      },
    ]);
    const med = items.medications[0];
    expect(med?.start).toBeUndefined();
    expect(med?.notes.map((n) => n.code)).toContain('data.date-missing');
  });
});
