import { describe, expect, it } from 'vitest';
import { mergeFindings } from '../../../src/rules';
import type { Finding } from '../../../src/rules';
import { allergy, assess, data, riluzole } from './fixtures';

const f = (code: Finding['code'], severity: Finding['severity'], ids: string[], date = '2026-01-01'): Finding => ({
  code,
  severity,
  title: code,
  detail: `${code} ${severity}`,
  source: 's',
  evidence: ids.map((id) => ({ resourceType: 'Observation', id, display: id, date })),
});

describe('merging findings', () => {
  it('keeps each code once at its highest severity with the evidence merged', () => {
    const merged = mergeFindings([
      f('allergy.riluzole', 'warning', ['a', 'b']),
      f('allergy.riluzole', 'critical', ['b', 'c']),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.severity).toBe('critical');
    expect(merged[0]?.detail).toBe('allergy.riluzole critical');
    expect(merged[0]?.evidence.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('orders by severity, then newest evidence date, then code', () => {
    const merged = mergeFindings([
      f('supportive.fvc-low', 'warning', ['x'], '2026-01-01'),
      f('monitoring.due', 'info', ['y'], '2026-09-01'),
      f('dose.nonstandard', 'warning', ['z'], '2026-05-01'),
      f('condition.ild', 'warning', ['w'], '2026-05-01'),
      f('liver.hys-law', 'critical', ['v'], '2025-01-01'),
    ]);
    expect(merged.map((m) => m.code)).toEqual([
      'liver.hys-law',
      'condition.ild',
      'dose.nonstandard',
      'supportive.fvc-low',
      'monitoring.due',
    ]);
  });

  it('gives one allergy finding in the assessment though eligibility and monitoring both raise it', () => {
    const a = assess(data({ meds: [riluzole({ start: '2026-06-01' })], allergies: [allergy()] }));
    expect(a.findings.filter((x) => x.code === 'allergy.riluzole')).toHaveLength(1);
  });
});
