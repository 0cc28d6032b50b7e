import { describe, expect, it } from 'vitest';
import {
  alt,
  als,
  allergy,
  assess,
  ast,
  bili,
  codes,
  coded,
  condition,
  data,
  finding,
  lab,
  med,
  noteCodes,
  patient,
  riluzole,
} from './fixtures';
import { assessRiluzole, DEFAULT_SETTINGS, type LabRecord } from '../../../src/rules';

const normal = (date = '2026-11-01'): LabRecord[] => [alt(date, 30), ast(date, 30), bili(date, 0.8)];
const withAlt = (value: number, more: LabRecord[] = []): LabRecord[] => [
  alt('2026-11-01', value),
  ast('2026-11-01', 20),
  bili('2026-11-01', 0.8),
  ...more,
];

describe('eligibility: baseline ALT and AST', () => {
  it('is insufficient data without an ALT in the window, never eligible', () => {
    const a = assess(data({ labs: [bili('2026-11-01', 0.8)] }));
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(finding(a, 'baseline.alt-missing')?.severity).toBe('warning');
  });

  it('names the baseline window of a missing ALT as "between … and …"', () => {
    const a = assess(data({ labs: [bili('2026-11-01', 0.8)] }));
    expect(finding(a, 'baseline.alt-missing')?.detail).toBe(
      "No usable ALT between 2026-08-27 and 2026-11-25 (the clinic's 90-day baseline window).",
    );
  });

  it('names the last ALT before the window, without counting it', () => {
    const a = assess(data({ labs: [alt('2026-05-16', 30), bili('2026-11-01', 0.8)] }));
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(finding(a, 'baseline.alt-missing')?.detail).toContain(
      'The last ALT before the window: ALT 30 U/L on 2026-05-16',
    );
    expect(finding(a, 'baseline.alt-missing')?.evidence).toEqual([]);
  });

  it('counts an ALT on the first day of the window and not the day before', () => {
    expect(assess(data({ labs: [alt('2026-08-27', 30), bili('2026-11-01', 0.8)] })).eligibility.status).toBe(
      'eligible',
    );
    expect(assess(data({ labs: [alt('2026-08-26', 30), bili('2026-11-01', 0.8)] })).eligibility.status).toBe(
      'insufficient-data',
    );
  });

  it('is eligible at exactly 1× ULN and caution just above', () => {
    expect(assess(data({ labs: withAlt(40) })).eligibility.status).toBe('eligible');
    const a = assess(data({ labs: withAlt(41) }));
    expect(a.eligibility.status).toBe('caution');
    expect(codes(a)).toContain('baseline.transaminase-above-uln');
  });

  it('keeps exactly 3× ULN in the above-ULN row; above 3× is caution (US) and contraindicated (EU)', () => {
    expect(codes(assess(data({ labs: withAlt(120) })))).toContain('baseline.transaminase-above-uln');
    expect(assess(data({ labs: withAlt(121) }), 'us').eligibility.status).toBe('caution');
    const eu = assess(data({ labs: withAlt(121) }), 'eu');
    expect(eu.eligibility.status).toBe('contraindicated');
    expect(finding(eu, 'baseline.transaminase-above-3x')?.severity).toBe('critical');
  });

  it('keeps exactly 5× ULN (3.40 / 0.68 too) below the 5× row', () => {
    expect(codes(assess(data({ labs: withAlt(200) })))).toContain('baseline.transaminase-above-3x');
    // 0.68 U/L is outside the plausible band of the default settings (spec §3): widen it for the arithmetic.
    const wide = { ...DEFAULT_SETTINGS, limitPlausibility: 100 };
    const labs = [lab('alt', '2026-11-01', 3.4, { high: 0.68 }), bili('2026-11-01', 0.8)];
    const exact = assess(data({ labs }), 'us', undefined, wide);
    expect(codes(exact)).toContain('baseline.transaminase-above-3x');
    expect(codes(exact)).not.toContain('baseline.transaminase-above-5x');
  });

  it('is not recommended (US) and contraindicated (EU) above 5× ULN', () => {
    expect(assess(data({ labs: withAlt(201) }), 'us').eligibility.status).toBe('not-recommended');
    expect(assess(data({ labs: withAlt(201) }), 'eu').eligibility.status).toBe('contraindicated');
  });

  it('fires on the higher of ALT and AST and cites both', () => {
    const a = assess(data({ labs: [alt('2026-11-01', 30), ast('2026-11-01', 130), bili('2026-11-01', 0.8)] }));
    const f = finding(a, 'baseline.transaminase-above-3x');
    expect(f?.evidence).toHaveLength(2);
    expect(f?.detail).toMatch(/^AST 130 U\/L/);
  });

  it('flags an earlier abnormal result when the latest is normal', () => {
    const a = assess(data({ labs: [alt('2026-09-01', 90), ...normal()] }));
    expect(a.eligibility.status).toBe('caution');
    expect(codes(a)).toContain('baseline.transaminase-history');
  });

  it('reads "<5" as within the ULN but "<300" as unusable', () => {
    expect(
      assess(data({ labs: [alt('2026-11-01', 5, { comparator: '<' }), bili('2026-11-01', 0.8)] })).eligibility.status,
    ).toBe('eligible');
    const a = assess(data({ labs: [alt('2026-11-01', 300, { comparator: '<' }), bili('2026-11-01', 0.8)] }));
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(noteCodes(a)).toContain('data.value-unreadable');
  });

  it('judges a patient on riluzole at the course start and stays insufficient without a baseline ALT', () => {
    const a = assess(
      data({ meds: [riluzole({ start: '2026-06-01' })], labs: [alt('2026-07-01', 30), alt('2026-11-01', 30)] }),
    );
    expect(a.eligibility.window).toEqual({ from: '2026-03-03', to: '2026-06-01' });
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(finding(a, 'baseline.alt-missing')?.severity).toBe('warning');
    expect(finding(a, 'baseline.alt-missing')?.detail).toContain('cannot be checked');
    const ok = assess(data({ meds: [riluzole({ start: '2026-06-01' })], labs: [...normal('2026-06-01')] }));
    expect(ok.eligibility.status).toBe('eligible');
  });
});

describe('eligibility: results as the lab wrote them', () => {
  it('names the reported value and unit beside a converted one (0.9 µkat/L shown as 54 U/L)', () => {
    const converted = lab('alt', '2026-11-01', 54, { high: 45 }, { originalValue: '0.9', originalUnit: 'ukat/L' });
    const a = assess(data({ labs: [converted, ast('2026-11-01', 20), bili('2026-11-01', 0.8)] }));
    expect(finding(a, 'baseline.transaminase-above-uln')?.detail).toContain(
      'ALT 54 U/L (reported as 0.9 ukat/L) on 2026-11-01',
    );
  });

  it('says nothing more when the lab wrote the number shown', () => {
    const a = assess(
      data({
        labs: [
          lab('alt', '2026-11-01', 54, { high: 45 }, { originalValue: '54', originalUnit: 'U/L' }),
          ast('2026-11-01', 20),
          bili('2026-11-01', 0.8),
        ],
      }),
    );
    expect(finding(a, 'baseline.transaminase-above-uln')?.detail).not.toContain('reported as');
  });
});

describe('eligibility: the newest ALT or AST cannot be judged (a comparator hides its tier)', () => {
  const hidden = (analyte: 'alt' | 'ast', date: string, value: number, comparator: '<' | '>'): LabRecord =>
    lab(analyte, date, value, { high: 40 }, { comparator });

  it('is never eligible when the newest ALT is "<300" and an older one is normal', () => {
    const a = assess(
      data({
        labs: [
          alt('2026-10-01', 20),
          ast('2026-10-01', 20),
          bili('2026-10-01', 0.8),
          hidden('alt', '2026-11-01', 300, '<'),
        ],
      }),
    );
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(finding(a, 'data.latest-unjudgeable')?.detail).toContain('ALT "<300" on 2026-11-01');
    expect(noteCodes(a)).toContain('data.value-unreadable');
  });

  it('is never eligible when only the newest AST is hidden', () => {
    const a = assess(
      data({ labs: [...normal('2026-10-01'), alt('2026-11-01', 20), hidden('ast', '2026-11-01', 300, '<')] }),
    );
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(codes(a)).toContain('data.latest-unjudgeable');
  });

  it('does not call the newest hidden result "within the ULN" in the history row', () => {
    const a = assess(
      data({
        labs: [
          alt('2026-10-01', 20),
          ast('2026-10-01', 20),
          bili('2026-10-01', 0.8),
          hidden('alt', '2026-11-01', 150, '>'),
        ],
      }),
      'us',
    );
    expect(codes(a)).not.toContain('baseline.transaminase-history');
  });

  it('uses a hidden result when every tier it allows gives the same outcome (EU ">150" vs 40: contraindicated)', () => {
    const eu = assess(
      data({ labs: [hidden('alt', '2026-11-01', 150, '>'), ast('2026-11-01', 20), bili('2026-11-01', 0.8)] }),
      'eu',
    );
    expect(eu.eligibility.status).toBe('contraindicated');
    expect(codes(eu)).toContain('baseline.transaminase-above-3x');
    expect(codes(eu)).not.toContain('baseline.alt-missing');
    // Under the US label 3–5× is caution and above 5× not recommended: the comparator decides, so not usable.
    const us = assess(
      data({ labs: [hidden('alt', '2026-11-01', 150, '>'), ast('2026-11-01', 20), bili('2026-11-01', 0.8)] }),
      'us',
    );
    expect(us.eligibility.status).toBe('insufficient-data');
    expect(codes(us)).toContain('baseline.alt-missing');
  });

  it('reads ">200" against a ULN of 40 as at least 5×, so "above 5×" is unknown (spec §1: ">X" is at least X)', () => {
    const us = assess(
      data({ labs: [hidden('alt', '2026-11-01', 200, '>'), ast('2026-11-01', 20), bili('2026-11-01', 0.8)] }),
      'us',
    );
    expect(us.eligibility.status).toBe('insufficient-data');
    expect(codes(us)).not.toContain('baseline.transaminase-above-5x');
  });
});

describe('eligibility: rechallenge, bilirubin, GGT', () => {
  const earlierStop = {
    meds: [riluzole({ start: '2025-01-01', end: '2025-03-01', status: 'stopped' }), riluzole({ start: '2026-10-01' })],
    labs: [alt('2025-02-15', 250), ...normal('2026-10-01')],
  };
  it('flags a rechallenge after a stop-level course: caution (US), not recommended (EU)', () => {
    expect(assess(data(earlierStop), 'us').eligibility.status).toBe('caution');
    expect(finding(assess(data(earlierStop), 'us'), 'baseline.rechallenge')?.severity).toBe('warning');
    expect(assess(data(earlierStop), 'eu').eligibility.status).toBe('not-recommended');
  });

  it('shows missing bilirubin as info only', () => {
    const a = assess(data({ labs: [alt('2026-11-01', 30)] }));
    expect(finding(a, 'baseline.bilirubin-missing')?.severity).toBe('info');
    expect(a.eligibility.status).toBe('eligible');
  });

  it('finds raised bilirubin not recommended (US); EU caution alone, not recommended with a raised GGT', () => {
    const labs = [alt('2026-11-01', 30), ast('2026-11-01', 30), bili('2026-11-01', 1.5)];
    expect(assess(data({ labs }), 'us').eligibility.status).toBe('not-recommended');
    expect(assess(data({ labs }), 'eu').eligibility.status).toBe('caution');
    expect(assess(data({ labs: [...labs, lab('ggt', '2026-11-01', 80, { high: 50 })] }), 'eu').eligibility.status).toBe(
      'not-recommended',
    );
    expect(assess(data({ labs: [...labs, alt('2026-11-02', 50)] }), 'eu').eligibility.status).toBe('not-recommended');
  });

  it('reads an isolated indirect bilirubin rise (Gilbert’s) as info only', () => {
    const labs = [
      alt('2026-11-01', 30),
      ast('2026-11-01', 30),
      bili('2026-11-01', 2.0),
      lab('bilirubinDirect', '2026-11-01', 0.2, { high: 0.3 }),
    ];
    const a = assess(data({ labs }));
    expect(codes(a)).toContain('baseline.bilirubin-isolated');
    expect(codes(a)).not.toContain('baseline.bilirubin-elevated');
    expect(a.eligibility.status).toBe('eligible');
    expect(finding(a, 'baseline.bilirubin-isolated')?.source).toMatch(/^clinic setting \(default\)/);
  });

  it('shows a raised GGT as info (US) and caution (EU)', () => {
    const labs = [...normal(), lab('ggt', '2026-11-01', 80, { high: 50 })];
    expect(assess(data({ labs }), 'us').eligibility.status).toBe('eligible');
    expect(finding(assess(data({ labs }), 'us'), 'baseline.ggt-elevated')?.severity).toBe('info');
    expect(assess(data({ labs }), 'eu').eligibility.status).toBe('caution');
  });
});

describe('eligibility: conditions, patient, interactions', () => {
  const judge = (parts: Parameters<typeof data>[0], policy: 'us' | 'eu' = 'us'): string =>
    assess(data({ labs: normal(), ...parts }), policy).eligibility.status;

  it('contraindicates a riluzole allergy; an intolerance is caution', () => {
    expect(judge({ allergies: [allergy({ type: 'allergy' })] })).toBe('contraindicated');
    expect(judge({ allergies: [allergy()] })).toBe('contraindicated');
    expect(judge({ allergies: [allergy({ type: 'intolerance' })] })).toBe('caution');
    expect(judge({ allergies: [allergy({ counts: false })] })).toBe('eligible');
  });

  it('judges liver disease caution (US) or contraindicated (EU); fatty liver alone caution under both', () => {
    expect(judge({ conditions: [condition('als'), condition('liver-disease')] }, 'us')).toBe('caution');
    expect(judge({ conditions: [condition('als'), condition('liver-disease')] }, 'eu')).toBe('contraindicated');
    expect(judge({ conditions: [condition('als'), condition('fatty-liver')] }, 'eu')).toBe('caution');
  });

  it('does not count a resolved condition or one dated after asOf', () => {
    expect(judge({ conditions: [condition('als'), condition('ild', { counts: false })] })).toBe('eligible');
    expect(judge({ conditions: [condition('als'), condition('ild', { onset: '2026-12-01' })] })).toBe('eligible');
  });

  it('finds interstitial lung disease not recommended', () => {
    expect(judge({ conditions: [condition('als'), condition('ild')] }, 'eu')).toBe('not-recommended');
  });

  it('counts pregnancy within 280 days unless a later test says not pregnant', () => {
    expect(judge({ coded: [coded('pregnancy', '2026-02-18', true)] }, 'us')).toBe('caution');
    expect(judge({ coded: [coded('pregnancy', '2026-02-18', true)] }, 'eu')).toBe('contraindicated');
    expect(judge({ coded: [coded('pregnancy', '2026-02-17', true)] }, 'eu')).toBe('eligible');
    expect(
      judge({ coded: [coded('pregnancy', '2026-06-01', true), coded('pregnancy', '2026-09-01', false)] }, 'eu'),
    ).toBe('eligible');
    expect(judge({ conditions: [condition('als'), condition('pregnancy', { recorded: '2026-10-01' })] }, 'eu')).toBe(
      'contraindicated',
    );
    expect(
      judge(
        { conditions: [condition('als'), condition('pregnancy', { onset: '2025-01-01', recorded: '2025-01-01' })] },
        'eu',
      ),
    ).toBe('eligible');
  });

  it('counts breast-feeding within 365 days; a "no" does not count', () => {
    expect(judge({ coded: [coded('breastfeeding', '2025-11-25', true)] }, 'eu')).toBe('contraindicated');
    expect(judge({ coded: [coded('breastfeeding', '2025-11-24', true)] }, 'eu')).toBe('eligible');
    expect(judge({ coded: [coded('breastfeeding', '2026-11-01', false)] }, 'eu')).toBe('eligible');
    expect(judge({ conditions: [condition('als'), condition('breastfeeding', { onset: '2026-10-01' })] }, 'us')).toBe(
      'caution',
    );
  });

  it('shows renal impairment as info (US) and not recommended (EU): CKD or eGFR below 60 in 12 months', () => {
    const low = [lab('egfr', '2025-11-25', 59)];
    expect(judge({ labs: [...normal(), ...low] }, 'us')).toBe('eligible');
    expect(finding(assess(data({ labs: [...normal(), ...low] }), 'us'), 'condition.renal-impairment')?.severity).toBe(
      'info',
    );
    expect(judge({ labs: [...normal(), ...low] }, 'eu')).toBe('not-recommended');
    expect(judge({ labs: [...normal(), lab('egfr', '2026-11-01', 60)] }, 'eu')).toBe('eligible');
    expect(judge({ labs: [...normal(), lab('egfr', '2025-11-24', 45)] }, 'eu')).toBe('eligible');
    expect(judge({ conditions: [condition('als'), condition('ckd')] }, 'eu')).toBe('not-recommended');
  });

  it('flags a patient under 18: caution (US), not recommended (EU); not on the 18th birthday', () => {
    expect(judge({ patient: patient({ birthDate: '2008-11-26' }) }, 'us')).toBe('caution');
    expect(judge({ patient: patient({ birthDate: '2008-11-26' }) }, 'eu')).toBe('not-recommended');
    expect(judge({ patient: patient({ birthDate: '2008-11-25' }) }, 'eu')).toBe('eligible');
  });

  it('notes a missing birth date', () => {
    expect(noteCodes(assess(data({ labs: normal(), patient: { id: 'p' } })))).toContain('data.birthdate-missing');
  });

  it('asks for caution when ALS is not documented', () => {
    const a = assess(data({ labs: normal(), conditions: [] }));
    expect(a.eligibility.status).toBe('caution');
    expect(codes(a)).toContain('indication.als-not-documented');
  });

  it('turns an active interacting medication into caution', () => {
    expect(judge({ meds: [med('Ciprofloxacin 500 MG Oral Tablet', { start: '2026-11-20' })] })).toBe('caution');
  });

  it('takes the worst outcome: contraindicated over insufficient data', () => {
    expect(assess(data({ allergies: [allergy()] })).eligibility.status).toBe('contraindicated');
  });
});

describe('eligibility timing on a course (issue 12)', () => {
  it('tags the baseline labs course-start and conditions and drugs today, with a start status of its own', () => {
    const a = assess(
      data({
        meds: [riluzole({ start: '2026-06-01' })],
        labs: [alt('2026-05-28', 30)],
        conditions: [als(), condition('ild', { onset: '2026-11-01' })],
      }),
    );
    expect(a.eligibility.status).toBe('not-recommended');
    expect(a.eligibility.startStatus).toBe('eligible');
    expect(a.eligibility.timing?.['condition.ild']).toBe('today');
    const b = assess(data({ meds: [riluzole({ start: '2026-06-01' })], labs: [alt('2026-05-28', 160)] }));
    expect(b.eligibility.timing?.['baseline.transaminase-above-3x']).toBe('course-start');
    expect(b.eligibility.startStatus).toBe('caution');
  });

  it('has no timing before a course: everything is judged today', () => {
    const a = assess(data({ labs: [alt('2026-11-20', 30)] }));
    expect(a.eligibility.timing).toBeUndefined();
    expect(a.eligibility.startStatus).toBeUndefined();
  });
});

describe('restart after a stop (issue 12)', () => {
  it('names the stop date, the result that led to it, and the latest ALT since', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ start: '2025-06-01', end: '2025-10-21', status: 'stopped' }),
          riluzole({ start: '2026-11-20' }),
        ],
        labs: [alt('2025-10-01', 260), alt('2026-11-05', 30)],
      }),
    );
    const d = finding(a, 'baseline.rechallenge')?.detail ?? '';
    expect(d).toContain('ALT 260 U/L on 2025-10-01');
    expect(d).toContain('Riluzole was stopped on 2025-10-21; the latest since the stop: ALT 30 U/L on 2026-11-05');
    expect(d).toContain('back within the ULN');
  });
});

describe('riluzole allergy details (issue 12)', () => {
  it('shows the recorded reaction, criticality and verification status', () => {
    const a = assess(
      data({
        labs: [alt('2026-11-20', 30)],
        allergies: [
          allergy({ type: 'allergy', reactions: ['Hives (moderate)'], criticality: 'high', verification: 'confirmed' }),
        ],
      }),
    );
    expect(finding(a, 'allergy.riluzole')?.detail).toContain(
      'Riluzole (allergy, reaction: Hives (moderate), criticality high, verification confirmed)',
    );
  });

  it('says what is not recorded rather than leaving it out', () => {
    const a = assess(data({ labs: [alt('2026-11-20', 30)], allergies: [allergy()] }));
    expect(finding(a, 'allergy.riluzole')?.detail).toContain(
      'reaction: not recorded, criticality not recorded, verification not recorded',
    );
  });
});

describe('pregnancy wording (issue 12)', () => {
  it('does not say "Pregnancy recorded: Pregnancy status: …"', () => {
    const a = assess(
      data({ labs: [alt('2026-11-01', 30)], coded: [coded('pregnancy', '2026-10-01', true, 'Pregnant')] }),
    );
    expect(finding(a, 'condition.pregnancy')?.detail).not.toMatch(/^Pregnancy recorded:/);
  });
});

describe('a failed read on a course (spec §1 principle 6)', () => {
  it('never lets the start read eligible when a read failed', () => {
    const a = assessRiluzole(
      {
        ...data({ meds: [riluzole({ start: '2026-06-01' })], labs: [alt('2026-05-28', 30)] }),
        unavailable: ['allergies'],
      },
      { asOf: '2026-11-25', policy: 'us' },
    );
    expect(a.eligibility.startStatus).toBe('insufficient-data');
    expect(a.eligibility.timing?.['data.read-failed']).toBe('course-start');
  });
});
