import { describe, expect, it } from 'vitest';
import type { ReadState, ReadStatus } from '../../../src/fhir/queries/read-state';
import { unavailableSources } from '../../../src/app/unavailable-sources';

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
    expect(unavailableSources(reads)).toEqual(['labs', 'conditions', 'status-observations']);
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
    expect(unavailableSources(reads).sort()).toEqual([
      'allergies',
      'conditions',
      'labs',
      'medications',
      'status-observations',
    ]);
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
    expect(unavailableSources([read('smoking', 'not-supported'), read('pregnancy', 'done')])).toEqual([
      'status-observations',
    ]);
  });

  it('ignores reads still loading or done, and reads that feed no rule source', () => {
    expect(
      unavailableSources([read('patient', 'loading'), read('vital-signs', 'error'), read('medications', 'error')]),
    ).toEqual([]);
  });
});
