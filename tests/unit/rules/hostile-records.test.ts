/**
 * Issue 8.2: a record that makes a rule throw must never blank the assessment. The bad record
 * becomes a `data.malformed-resource` note and the rest is assessed; when nothing can be assessed,
 * the Assessment says so (`notAssessed`) and still lists the lab values.
 */
import { describe, expect, it } from 'vitest';
import { intervalOf } from '../../../src/rules/interval';
import type { ClinicalData, Comparator, LabRecord, MedicationRecord } from '../../../src/rules';
import { alt, assess, data, finding, noteCodes, riluzole } from './fixtures';

/** A record as a hostile normaliser could hand it over: a field of the wrong type or value. */
function hostile<T>(record: T, over: Record<string, unknown>): T {
  return { ...record, ...over } as T;
}

const onRiluzoleWithStop = (extra: readonly LabRecord[] = [], meds: readonly MedicationRecord[] = []): ClinicalData =>
  data({
    labs: [alt('2026-05-01', 20), alt('2026-11-18', 212), ...extra],
    meds: [riluzole({ start: '2026-05-01' }), ...meds],
  });

describe('a malformed record among good ones', () => {
  it('keeps the ALT stop finding beside a 2019 ALT whose comparator is "valueOf"', () => {
    const bad = hostile(alt('2019-03-01', 30), { comparator: 'valueOf' });
    const a = assess(onRiluzoleWithStop([bad]));
    expect(a.treatment.status).toBe('on-riluzole');
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
    expect(a.monitoring.status).toBe('stop-recommended');
    expect(a.notAssessed).toBeUndefined();
    const malformed = a.dataNotes.find((n) => n.code === 'data.malformed-resource' && n.id === bad.id);
    expect(malformed?.resourceType).toBe('Observation');
    expect(a.labs.alt?.map((l) => l.value)).toEqual([212, 20]);
  });

  it.each([
    ['a function as comparator', { comparator: Object.prototype.valueOf }],
    ['a number as value text', { originalValue: 7 }],
    ['a string value', { value: '212' }],
    ['ranges that are not a list', { ranges: 'high 40' }],
    ['a range with a string limit', { ranges: [{ hasAppliesTo: false, high: '40' }] }],
    ['an unknown analyte', { analyte: 'constructor' }],
    ['a missing id', { id: undefined }],
    ['notes that are not a list', { notes: {} }],
  ])('drops an ALT with %s and assesses the rest', (_label, over) => {
    const a = assess(onRiluzoleWithStop([hostile(alt('2019-03-01', 30), over)]));
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
    expect(noteCodes(a)).toContain('data.malformed-resource');
    expect(noteCodes(a)).not.toContain('data.rules-error');
  });

  it('drops a riluzole record with a dosage that is not a list, keeping the other record', () => {
    const bad = hostile(riluzole({ start: '2026-06-01' }), { dosage: 'twice a day' });
    const a = assess(onRiluzoleWithStop([], [bad]));
    expect(a.treatment.status).toBe('on-riluzole');
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
    expect(noteCodes(a)).toContain('data.malformed-resource');
  });
});

describe('a date that is not a calendar day', () => {
  it('is never read from its prefix: a normal ALT dated "2026-11-209" does not replace the stop', () => {
    const bad = hostile(alt('2026-11-20', 30), { date: '2026-11-209' });
    const a = assess(onRiluzoleWithStop([bad]));
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
    expect(a.labs.alt?.map((l) => l.id)).not.toContain(bad.id);
    expect(a.dataNotes.find((n) => n.id === bad.id)?.detail).toMatch(/not a calendar date/);
  });

  it('leaves a riluzole record undated, not dropped, so the patient still reads on riluzole', () => {
    const bad = hostile(riluzole({ start: '2026-05-01' }), { start: '2026-05-01garbage' });
    const a = assess(data({ labs: [alt('2026-11-18', 212)], meds: [bad] }));
    expect(a.treatment.status).toBe('on-riluzole');
    expect(a.dataNotes.find((n) => n.id === bad.id)?.code).toBe('data.malformed-resource');
  });
});

describe('when the assessment cannot be made', () => {
  it('says so, reads as no good news, and still lists the lab values', () => {
    // A patient record whose id is not a string cannot be assessed as anyone.
    const broken = { ...onRiluzoleWithStop(), patient: { id: 42 } } as unknown as ClinicalData;
    const a = assess(broken);
    expect(a.notAssessed?.reason).toMatch(/patient/i);
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(a.monitoring.status).not.toBe('up-to-date');
    expect(a.monitoring.status).not.toBe('not-applicable');
    expect(a.labs.alt?.map((l) => l.value)).toEqual([212, 20]);
  });

  it('is absent from an assessment that was made', () => {
    expect(assess(onRiluzoleWithStop()).notAssessed).toBeUndefined();
  });
});

describe('intervalOf', () => {
  it('reads a comparator no record may carry as "nothing known", never as a crash', () => {
    expect(intervalOf(30, 'valueOf' as Comparator)).toEqual({ lo: 0, hi: Number.POSITIVE_INFINITY });
  });
});
