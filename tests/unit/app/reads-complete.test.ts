import { describe, expect, it } from 'vitest';
import { readsComplete } from '../../../src/app/reads-complete';
import type { ReadState, ReadStatus } from '../../../src/fhir/queries/read-state';

const read = (id: string, status: ReadStatus): ReadState => ({
  id,
  label: id,
  resourceType: 'Observation',
  request: `Observation?patient=p&${id}`,
  status,
  pages: 1,
  count: 1,
  warnings: [],
});

describe('readsComplete', () => {
  it('is false while a lab read is still streaming pages', () => {
    expect(readsComplete([read('labs-loinc-1', 'done'), read('labs-category', 'partial')])).toBe(false);
  });

  it('is false while a read has no page yet', () => {
    expect(readsComplete([read('conditions', 'loading'), read('labs-category', 'done')])).toBe(false);
  });

  it('is true once every read has finished, however it finished', () => {
    const finished: ReadStatus[] = ['done', 'capped', 'error', 'not-granted', 'not-supported'];
    expect(readsComplete(finished.map((s, i) => read(`r${i}`, s)))).toBe(true);
  });
});
