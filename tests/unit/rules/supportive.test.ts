import { describe, expect, it } from 'vitest';
import { assess, codes, condition, data, finding, lab, riluzole } from './fixtures';
import type { LabRecord } from '../../../src/rules';

const recent = (): LabRecord[] => [lab('weight', '2026-11-01', 70), lab('fvcPct', '2026-11-01', 80)];

describe('supportive care', () => {
  it('is shown only when ALS is documented or riluzole was ever recorded', () => {
    expect(codes(assess(data({ conditions: [] }))).filter((c) => c.startsWith('supportive.'))).toEqual([]);
    expect(
      codes(assess(data({ conditions: [], meds: [riluzole({ start: '2020-01-01', status: 'completed' })] }))),
    ).toContain('supportive.weight-overdue');
    expect(codes(assess(data({ conditions: [condition('als')] })))).toContain('supportive.fvc-overdue');
  });

  it('is not shown for riluzole records that are ignored (cancelled, draft, not-taken, entered-in-error)', () => {
    for (const status of ['cancelled', 'draft', 'not-taken', 'entered-in-error']) {
      const a = assess(data({ conditions: [], meds: [riluzole({ start: '2026-01-01', status })] }));
      expect(
        codes(a).filter((c) => c.startsWith('supportive.')),
        status,
      ).toEqual([]);
    }
  });

  it('asks for a weight when none is from the last 3 months (the edge day counts)', () => {
    expect(
      codes(assess(data({ labs: [lab('weight', '2026-08-25', 70), lab('fvcPct', '2026-11-01', 80)] }))),
    ).not.toContain('supportive.weight-overdue');
    expect(
      finding(assess(data({ labs: [lab('weight', '2026-08-24', 70)] })), 'supportive.weight-overdue')?.severity,
    ).toBe('info');
  });

  it('warns at 10% weight loss from the highest of the 12 months before the latest, not at 9.9%', () => {
    expect(
      finding(
        assess(data({ labs: [lab('weight', '2026-03-01', 80), lab('weight', '2026-11-01', 72)] })),
        'supportive.weight-loss',
      )?.severity,
    ).toBe('warning');
    expect(
      codes(assess(data({ labs: [lab('weight', '2026-03-01', 80), lab('weight', '2026-11-01', 72.08)] }))),
    ).not.toContain('supportive.weight-loss');
    expect(
      codes(assess(data({ labs: [lab('weight', '2025-10-31', 90), lab('weight', '2026-11-01', 72)] }))),
    ).not.toContain('supportive.weight-loss');
  });

  it('warns when the latest FVC is below 50% predicted, not at 50%', () => {
    expect(
      finding(assess(data({ labs: [...recent(), lab('fvcPct', '2026-11-10', 49)] })), 'supportive.fvc-low')?.severity,
    ).toBe('warning');
    expect(codes(assess(data({ labs: [...recent(), lab('fvcPct', '2026-11-10', 50)] })))).not.toContain(
      'supportive.fvc-low',
    );
  });

  it('is quiet when weight and FVC are recent and fine', () => {
    expect(codes(assess(data({ labs: recent() }))).filter((c) => c.startsWith('supportive.'))).toEqual([]);
  });
});

describe('supportive care in the assessment (issue 7.2: the panel shows it, never decides it)', () => {
  it('says whether it applies', () => {
    expect(assess(data({ conditions: [] })).supportive.applies).toBe(false);
    expect(assess(data({ conditions: [condition('als')] })).supportive.applies).toBe(true);
    const cancelled = riluzole({ start: '2026-01-01', status: 'cancelled' });
    expect(assess(data({ conditions: [], meds: [cancelled] })).supportive.applies).toBe(false);
  });

  it('gives the weight change its weight-loss row judges, the latest excluded from the highest', () => {
    const a = assess(data({ labs: [lab('weight', '2026-03-01', 80), lab('weight', '2026-11-01', 72)] }));
    expect(a.supportive.weightChange).toMatchObject({
      latest: { value: 72, date: '2026-11-01' },
      highest: { value: 80, date: '2026-03-01' },
      lossFraction: 0.1,
    });
    expect(finding(a, 'supportive.weight-loss')).toBeDefined();
    expect(assess(data({ labs: [lab('weight', '2026-11-01', 72)] })).supportive.weightChange).toBeUndefined();
  });

  it('counts 12 months with the calendar rule: 29 Feb 2028 looks back to 28 Feb 2027', () => {
    const a = assess(
      data({ labs: [lab('weight', '2027-02-28', 90), lab('weight', '2028-02-29', 72)] }),
      'us',
      '2028-03-01',
    );
    expect(a.supportive.weightChange?.highest).toMatchObject({ value: 90, date: '2027-02-28' });
    expect(finding(a, 'supportive.weight-loss')).toBeDefined();
  });
});
