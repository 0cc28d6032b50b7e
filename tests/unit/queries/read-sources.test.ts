import { describe, expect, it } from 'vitest';
import type { ReadState, ReadStatus } from '../../../src/fhir/queries/read-state';
import { buildReadPlan } from '../../../src/fhir/queries/read-plan';
import { DEFAULT_QUERY_POLICY } from '../../../src/fhir/queries/query-policy';
import { READ_SOURCES, readsFeeding, sourcesOfRead, unavailableSources } from '../../../src/fhir/queries/read-sources';

const read = (id: string, status: ReadStatus): ReadState => ({
  id,
  label: id,
  resourceType: 'X',
  request: `${id}?patient=p`,
  status,
  pages: 0,
  count: 0,
  warnings: [],
});

describe('unavailableSources', () => {
  it('names the source of each failed or denied read once', () => {
    const reads = [
      read('labs-loinc-1', 'error'),
      read('labs-category', 'not-granted'),
      read('conditions', 'error'),
      read('allergies', 'done'),
      read('smoking', 'not-granted'),
    ];
    expect(unavailableSources(reads)).toEqual(['labs', 'conditions', 'smoking']);
  });

  it('does not count a MedicationStatement 404 once the MedicationRequest read succeeded', () => {
    for (const status of ['done', 'partial', 'capped'] as const) {
      expect(
        unavailableSources([read('medication-requests', status), read('medication-statements', 'not-supported')]),
      ).toEqual([]);
    }
  });

  // Missing data is never good news (spec §1): records the EHR does not offer were still not read.
  it('counts a 404 on a whole resource type as unavailable when no other read covers it', () => {
    const reads = [
      read('patient', 'done'),
      read('labs-loinc-1', 'not-supported'),
      read('labs-category', 'not-supported'),
      read('medication-requests', 'not-supported'),
      read('conditions', 'not-supported'),
      read('allergies', 'not-supported'),
      read('smoking', 'not-supported'),
    ];
    expect(unavailableSources(reads).sort()).toEqual(['allergies', 'conditions', 'labs', 'medications', 'smoking']);
  });

  it('counts a MedicationStatement 404 when the MedicationRequest read failed, was denied or is not offered', () => {
    for (const status of ['error', 'not-granted', 'not-supported', 'loading'] as const) {
      expect(
        unavailableSources([read('medication-requests', status), read('medication-statements', 'not-supported')]),
      ).toEqual(['medications']);
    }
  });

  it('does not let one read of a source cover a 404 on another that searches different records', () => {
    // MedicationStatement does not stand in for orders; local lab codes do not stand in for the
    // LOINC set; pregnancy status does not stand in for smoking status.
    expect(
      unavailableSources([read('medication-requests', 'not-supported'), read('medication-statements', 'done')]),
    ).toEqual(['medications']);
    expect(unavailableSources([read('labs-loinc-1', 'not-supported'), read('labs-category', 'done')])).toEqual([
      'labs',
    ]);
    expect(unavailableSources([read('labs-loinc-1', 'done'), read('labs-category', 'not-supported')])).toEqual([
      'labs',
    ]);
    expect(unavailableSources([read('smoking', 'not-supported'), read('pregnancy', 'done')])).toEqual(['smoking']);
  });

  it('ignores reads still loading or done, and ids the plan does not make', () => {
    expect(
      unavailableSources([read('patient', 'loading'), read('labs-loinc-1', 'done'), read('x-ray', 'error')]),
    ).toEqual([]);
  });

  it('keeps smoking, pregnancy and breast-feeding status apart (a failed smoking read is smoking only)', () => {
    expect(unavailableSources([read('smoking', 'error'), read('pregnancy', 'done')])).toEqual(['smoking']);
    expect(unavailableSources([read('smoking', 'done'), read('pregnancy', 'not-granted')])).toEqual([
      'pregnancy-status',
      'breastfeeding-status',
    ]);
  });

  it('names vital signs, lung function and the Medication batch as the data they feed', () => {
    expect(unavailableSources([read('vital-signs', 'error')])).toEqual(['vital-signs']);
    expect(unavailableSources([read('fvc', 'error')])).toEqual(['lung-function']);
    expect(unavailableSources([read('medications', 'error')])).toEqual(['medications']);
  });
});

describe('the read table', () => {
  const plan = buildReadPlan({
    serverUrl: 'https://ehr.example/fhir',
    patientId: 'p1',
    policy: { ...DEFAULT_QUERY_POLICY, hasMedicationStatement: true },
    labLoinc: Array.from({ length: 400 }, (_, i) => `${10000 + i}-${i % 10}`),
  });

  it('gives every read of the launch plan at least one kind of data, labs parts included', () => {
    expect(plan.filter((r) => r.id.startsWith('labs-loinc-')).length).toBeGreaterThan(1);
    for (const r of plan) expect(sourcesOfRead(r.id), r.id).not.toEqual([]);
    expect(Object.keys(READ_SOURCES).sort()).toEqual(
      [...new Set(plan.map((r) => r.id.replace(/^labs-loinc-\d+$/, 'labs-loinc'))), 'medications'].sort(),
    );
  });

  it('does not decide by label: a read labelled "Weight" with the smoking id feeds smoking only', () => {
    const reads = [{ ...read('smoking', 'error'), label: 'Weight and lab results' }, read('vital-signs', 'done')];
    expect(readsFeeding(reads, 'vital-signs').map((r) => r.id)).toEqual(['vital-signs']);
    expect(readsFeeding(reads, 'labs')).toEqual([]);
    expect(readsFeeding(reads, 'smoking').map((r) => r.id)).toEqual(['smoking']);
  });
});
