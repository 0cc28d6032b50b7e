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

  it('does not treat a resource type the EHR does not offer (404) as a failure', () => {
    expect(unavailableSources([read('medication-statements', 'not-supported')])).toEqual([]);
  });

  it('ignores reads still loading or done, and reads that feed no rule source', () => {
    expect(unavailableSources([read('patient', 'loading'), read('vital-signs', 'error'), read('medications', 'error')])).toEqual([]);
  });
});
