/**
 * A worklist row's reason writes a result as every other screen does (rules/display): the
 * comparator kept ("<300 U/L", never "300 U/L"), the ×ULN beside it, the unit in display form.
 */
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../../src/rules/worklist-reason';
import type { Evidence, Finding } from '../../../src/rules/types';

function finding(evidence: Evidence): Finding {
  return {
    code: 'liver.transaminase-stop',
    severity: 'critical',
    title: 'Liver test at the stop threshold.',
    detail: '',
    evidence: [evidence],
    source: 'us-label-5.1',
  } as Finding;
}

describe('findingWords', () => {
  it('keeps a comparator and gives the multiple of the ULN', () => {
    const e: Evidence = {
      resourceType: 'Observation',
      id: 'o1',
      display: 'ALT',
      value: 300,
      comparator: '<',
      unit: 'U/L',
      uln: 40,
      multipleOfUln: 7.5,
      date: '2026-11-27',
    };
    expect(findingWords(finding(e))).toBe(
      'Liver test at the stop threshold (ALT <300 U/L (at most 7.5× ULN) on 2026-11-27)',
    );
  });

  it('writes the neutrophil unit in display form', () => {
    const e: Evidence = { resourceType: 'Observation', id: 'o2', display: 'ANC', value: 0.4, unit: '10*9/L' };
    expect(findingWords(finding(e))).not.toContain('10*9/L');
  });
});
