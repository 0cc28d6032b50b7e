import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type LabRecord, type Policy } from '../../../src/rules';
import {
  alt,
  allergy,
  als,
  assess,
  ast,
  bili,
  codes,
  coded,
  condition,
  data,
  finding,
  lab,
  riluzole,
} from './fixtures';

const START = '2026-06-01';
const baseline = [alt(START, 30), ast(START, 30), bili(START, 0.8)];
const onRiluzole = (labs: LabRecord[], policy: Policy = 'us', more: Parameters<typeof data>[0] = {}) =>
  assess(data({ meds: [riluzole({ start: START })], labs: [...baseline, ...labs], ...more }), policy);

describe('on treatment: transaminases', () => {
  it('flags ALT above 5x ULN as a stop under the US label', () => {
    const a = onRiluzole([alt('2026-11-20', 201)]);
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
    expect(a.monitoring.status).toBe('stop-recommended');
  });

  it('keeps exactly 5× ULN below the US stop but at the EU stop (ALT ≥ 5×)', () => {
    expect(codes(onRiluzole([alt('2026-11-20', 200)], 'us'))).toContain('liver.transaminase-above-3x');
    expect(codes(onRiluzole([alt('2026-11-20', 200)], 'us'))).not.toContain('liver.transaminase-stop');
    expect(codes(onRiluzole([alt('2026-11-20', 200)], 'eu'))).toContain('liver.transaminase-stop');
    // 0.68 U/L is outside the plausible band of the default settings (spec §3): widen it for the arithmetic.
    const wide = { ...DEFAULT_SETTINGS, limitPlausibility: 100 };
    const exact = data({
      meds: [riluzole({ start: START })],
      labs: [...baseline, lab('alt', '2026-11-20', 3.4, { high: 0.68 })],
    });
    expect(codes(assess(exact, 'eu', undefined, wide))).toContain('liver.transaminase-stop');
  });

  it('stops on AST above 5× under the US label; under the EU SmPC AST ≥ 5× is critical above-3x for review', () => {
    expect(codes(onRiluzole([ast('2026-11-20', 201)], 'us'))).toContain('liver.transaminase-stop');
    const eu = onRiluzole([ast('2026-11-20', 200)], 'eu');
    expect(codes(eu)).not.toContain('liver.transaminase-stop');
    expect(finding(eu, 'liver.transaminase-above-3x')?.severity).toBe('critical');
    expect(finding(eu, 'liver.transaminase-above-3x')?.detail).toContain('the EU stop rule names ALT; review');
    expect(finding(onRiluzole([ast('2026-11-20', 199)], 'eu'), 'liver.transaminase-above-3x')?.severity).toBe(
      'warning',
    );
  });

  it('grades the latest: exactly 3× is above-ULN (info), just above 3× is a warning, exactly 1× is nothing', () => {
    expect(finding(onRiluzole([alt('2026-11-20', 120)]), 'liver.transaminase-above-uln')?.severity).toBe('info');
    expect(finding(onRiluzole([alt('2026-11-20', 121)]), 'liver.transaminase-above-3x')?.severity).toBe('warning');
    const atUln = onRiluzole([alt('2026-11-20', 40)]);
    expect(codes(atUln).filter((c) => c.startsWith('liver.'))).toEqual([]);
  });

  it('treats a result on the course start day as baseline', () => {
    const a = assess(data({ meds: [riluzole({ start: START })], labs: [alt(START, 300)] }));
    expect(codes(a)).not.toContain('liver.transaminase-stop');
    expect(codes(a)).toContain('baseline.transaminase-above-5x');
  });

  it('keeps an earlier stop-level result as history when the latest is lower', () => {
    const us = onRiluzole([alt('2026-09-01', 250), alt('2026-11-20', 35)]);
    expect(finding(us, 'liver.transaminase-stop-history')?.severity).toBe('warning');
    expect(finding(us, 'liver.transaminase-stop-history')?.detail).toContain(
      'Discontinuation was advised on 2026-09-01',
    );
    expect(
      finding(onRiluzole([alt('2026-09-01', 250), alt('2026-11-20', 35)], 'eu'), 'liver.transaminase-stop-history')
        ?.detail,
    ).toContain('no rechallenge');
  });
});

describe('on treatment: bilirubin and Hy’s law', () => {
  it('warns on bilirubin above ULN and is critical above 2× ULN', () => {
    expect(finding(onRiluzole([bili('2026-11-20', 1.3)]), 'liver.bilirubin-elevated')?.severity).toBe('warning');
    expect(finding(onRiluzole([bili('2026-11-20', 2.4)]), 'liver.bilirubin-elevated')?.severity).toBe('warning');
    expect(finding(onRiluzole([bili('2026-11-20', 2.41)]), 'liver.bilirubin-elevated')?.severity).toBe('critical');
  });

  it('is critical when an ALT above 3× lies within 7 days of a raised bilirubin, not 8', () => {
    expect(
      finding(
        onRiluzole([alt('2026-11-13', 130), alt('2026-11-21', 30), bili('2026-11-20', 1.3)]),
        'liver.bilirubin-elevated',
      )?.severity,
    ).toBe('critical');
    expect(
      finding(
        onRiluzole([alt('2026-11-12', 130), alt('2026-11-21', 30), bili('2026-11-20', 1.3)]),
        'liver.bilirubin-elevated',
      )?.severity,
    ).toBe('warning');
  });

  it("finds Hy's law (ALT ≥ 3× with bilirubin > 2× within 7 days), critical when it includes the latest", () => {
    const a = onRiluzole([alt('2026-11-18', 120), bili('2026-11-20', 2.5)]);
    const f = finding(a, 'liver.hys-law');
    expect(f?.severity).toBe('critical');
    expect(f?.detail).toContain('ALP is unknown');
    expect(f?.source).toContain('clinic setting (default) hysLawWindowDays = 7');
    expect(a.monitoring.status).toBe('stop-recommended');
  });

  it('does not pair results 8 days apart, and notes a raised ALP', () => {
    expect(codes(onRiluzole([alt('2026-11-12', 150), bili('2026-11-20', 2.5)]))).not.toContain('liver.hys-law');
    const withAlp = onRiluzole([
      alt('2026-11-18', 150),
      bili('2026-11-20', 2.5),
      lab('alp', '2026-11-19', 250, { high: 120 }),
    ]);
    expect(finding(withAlp, 'liver.hys-law')?.detail).toContain('ALP is ≥ 2× ULN');
    const lowAlp = onRiluzole([
      alt('2026-11-18', 150),
      bili('2026-11-20', 2.5),
      lab('alp', '2026-11-19', 110, { high: 120 }),
    ]);
    expect(finding(lowAlp, 'liver.hys-law')?.detail).toContain('ALP is below 2× ULN');
  });

  it('says ALP is unknown, never below 2×, when its comparator hides the answer ("<300" against a ULN of 120)', () => {
    const hidden = lab('alp', '2026-11-20', 300, { high: 120 }, { comparator: '<' });
    const f = finding(onRiluzole([alt('2026-11-20', 150), bili('2026-11-20', 3), hidden]), 'liver.hys-law');
    expect(f?.detail).toContain('ALP is unknown');
    expect(f?.detail).not.toContain('below 2× ULN');
  });

  it("pairs a raised bilirubin with an ALT above 3× within the spec's fixed 7 days, whatever the Hy's law setting", () => {
    const settings = { ...DEFAULT_SETTINGS, hysLawWindowDays: 3 };
    const labs = [...baseline, alt('2026-11-15', 140), bili('2026-11-20', 1.5)];
    const a = assess(data({ meds: [riluzole({ start: START })], labs }), 'us', undefined, settings);
    expect(finding(a, 'liver.bilirubin-elevated')?.severity).toBe('critical');
    expect(finding(a, 'liver.bilirubin-elevated')?.source).not.toContain('hysLawWindowDays');
  });

  it("keeps an earlier Hy's law pair as a warning when the latest results are normal", () => {
    const a = onRiluzole([
      alt('2026-08-01', 150),
      bili('2026-08-02', 2.5),
      alt('2026-11-20', 30),
      bili('2026-11-20', 0.8),
    ]);
    expect(finding(a, 'liver.hys-law')?.severity).toBe('warning');
    expect(finding(a, 'liver.hys-law')?.detail).toContain("Hy's law pattern on 2026-08-02");
  });
});

describe('on treatment: the newest result cannot be judged', () => {
  it('warns that a newest ALT "<300" cannot be judged when an older normal ALT would stand in for it', () => {
    const a = onRiluzole([alt('2026-10-01', 20), lab('alt', '2026-11-20', 300, { high: 40 }, { comparator: '<' })]);
    expect(finding(a, 'data.latest-unjudgeable')?.severity).toBe('warning');
    expect(finding(a, 'data.latest-unjudgeable')?.detail).toContain('may understate it');
    // The schedule asks for a recheck as for a raised ALT (elevatedRecheckDays after it).
    expect(a.monitoring.schedule.some((p) => p.phase === 'recheck' && p.due === '2026-12-04')).toBe(true);
  });

  it('warns when the only ALT since the start cannot be judged', () => {
    const a = onRiluzole([lab('alt', '2026-11-20', 300, { high: 40 }, { comparator: '<' })]);
    expect(finding(a, 'data.latest-unjudgeable')?.detail).toContain('no result since the course start can be judged');
  });

  it('warns when the newest ANC cannot be judged against the neutropenia thresholds', () => {
    const a = onRiluzole([
      lab('anc', '2026-10-01', 3.0, { low: 1.5 }),
      lab('anc', '2026-11-20', 2.0, { low: 1.5 }, { comparator: '<' }),
    ]);
    expect(finding(a, 'data.latest-unjudgeable')?.title).toBe('Newest neutrophil count cannot be judged');
    expect(codes(a)).not.toContain('blood.neutropenia');
  });

  it('says nothing of the kind when the newest result is judged', () => {
    expect(
      codes(onRiluzole([alt('2026-11-20', 20), lab('alt', '2026-10-01', 300, { high: 40 }, { comparator: '<' })])),
    ).not.toContain('data.latest-unjudgeable');
  });
});

describe('on treatment: blood', () => {
  const anc = (v: number): LabRecord => lab('anc', '2026-11-20', v, { low: 2.0 });
  it.each([
    [2.0, undefined],
    [1.6, 'info'],
    [1.5, 'info'],
    [1.49, 'warning'],
    [1.0, 'warning'],
    [0.99, 'critical'],
  ])('grades a latest ANC of %s ×10⁹/L (LLN 2.0) as %s', (v, severity) => {
    expect(finding(onRiluzole([anc(v)]), 'blood.neutropenia')?.severity).toBe(severity);
  });

  it('calls an ANC below 0.5 severe and adds the EU wording under the EU policy', () => {
    expect(finding(onRiluzole([anc(0.4)]), 'blood.neutropenia')?.detail).toContain('Severe neutropenia.');
    expect(finding(onRiluzole([anc(1.2)], 'eu'), 'blood.neutropenia')?.detail).toContain(
      'The EU SmPC says to discontinue riluzole in case of neutropenia',
    );
    expect(onRiluzole([anc(0.8)]).monitoring.status).toBe('stop-recommended');
  });

  it('asks about fever and advises reporting febrile illness in every neutropenia finding (US 5.2)', () => {
    for (const [v, policy] of [
      [1.6, 'us'],
      [1.2, 'us'],
      [0.8, 'us'],
      [0.4, 'eu'],
    ] as const) {
      const f = finding(onRiluzole([anc(v)], policy), 'blood.neutropenia');
      expect(f?.detail).toContain('Ask about fever, and advise the patient to report any febrile illness.');
      expect(f?.source).toContain('RILUTEK US label 5.2 (ask about febrile illness)');
    }
  });

  it('sources the neutropenia stop to the EU SmPC 4.4 only, under either policy', () => {
    const us = finding(onRiluzole([anc(0.8)]), 'blood.neutropenia');
    expect(us?.source.startsWith('RILUTEK EU SmPC 4.4 (discontinue in case of neutropenia')).toBe(true);
    expect(us?.detail).toContain('The US label states no stop for neutropenia');
    // Below the stop, the US policy cites the US label alone: it says nothing of a stop.
    const warning = finding(onRiluzole([anc(1.2)]), 'blood.neutropenia');
    expect(warning?.source).not.toContain('EU');
    expect(warning?.detail).not.toMatch(/discontinue|stop/i);
  });

  it('asks for a blood count after a fever of 38.0 °C in the last 7 days', () => {
    expect(finding(onRiluzole([lab('temperature', '2026-11-18', 38.0)]), 'blood.fever-check-wbc')?.severity).toBe(
      'warning',
    );
    expect(codes(onRiluzole([lab('temperature', '2026-11-17', 38.5)]))).not.toContain('blood.fever-check-wbc');
    expect(codes(onRiluzole([lab('temperature', '2026-11-18', 37.9)]))).not.toContain('blood.fever-check-wbc');
    expect(
      codes(onRiluzole([lab('temperature', '2026-11-18', 38.5), lab('wbc', '2026-11-18', 6.0, { low: 4 })])),
    ).not.toContain('blood.fever-check-wbc');
  });
});

describe('on treatment: conditions', () => {
  it('stops for ILD recorded after the course start (or undated); reviews ILD known before', () => {
    expect(
      finding(
        onRiluzole([], 'us', { conditions: [condition('als'), condition('ild', { onset: '2026-10-01' })] }),
        'condition.ild',
      )?.severity,
    ).toBe('critical');
    expect(
      finding(onRiluzole([], 'us', { conditions: [condition('als'), condition('ild')] }), 'condition.ild')?.severity,
    ).toBe('critical');
    expect(
      finding(
        onRiluzole([], 'us', { conditions: [condition('als'), condition('ild', { onset: '2025-10-01' })] }),
        'condition.ild',
      )?.severity,
    ).toBe('warning');
    // The detail gives the dates the decision rests on, not the rule.
    expect(
      finding(
        onRiluzole([], 'us', { conditions: [condition('als'), condition('ild', { onset: '2026-10-01' })] }),
        'condition.ild',
      )?.detail,
    ).toContain('(2026-10-01). Dated on or after the course start (2026-06-01): discontinue riluzole.');
    expect(
      finding(onRiluzole([], 'us', { conditions: [condition('als'), condition('ild')] }), 'condition.ild')?.detail,
    ).toContain(', or undated: discontinue');
    // (the eligibility row of the same code and severity speaks first in Assessment.findings)
    const before = onRiluzole([], 'us', { conditions: [condition('als'), condition('ild', { onset: '2025-10-01' })] });
    expect(before.monitoring.findings.find((f) => f.code === 'condition.ild')?.detail).toContain(
      'Known before the course start (2026-06-01): review.',
    );
  });

  it('stops for acute pancreatitis with onset on or after the course start', () => {
    expect(
      finding(
        onRiluzole([], 'us', { conditions: [condition('als'), condition('pancreatitis', { onset: START })] }),
        'condition.pancreatitis',
      )?.severity,
    ).toBe('critical');
    expect(
      codes(
        onRiluzole([], 'us', { conditions: [condition('als'), condition('pancreatitis', { onset: '2026-05-31' })] }),
      ),
    ).not.toContain('condition.pancreatitis');
  });

  it('is critical for a riluzole allergy on treatment', () => {
    const a = onRiluzole([], 'us', { allergies: [allergy()] });
    expect(finding(a, 'allergy.riluzole')?.severity).toBe('critical');
    expect(a.monitoring.status).toBe('stop-recommended');
  });

  it('warns (US) or is critical (EU) for pregnancy, breast-feeding and liver disease', () => {
    const more = {
      coded: [coded('pregnancy', '2026-11-01', true), coded('breastfeeding', '2026-11-01', true)],
      conditions: [condition('als'), condition('liver-disease')],
    };
    const us = onRiluzole([], 'us', more);
    const eu = onRiluzole([], 'eu', more);
    for (const code of ['condition.pregnancy', 'condition.breastfeeding', 'condition.hepatic-disease'] as const) {
      expect(us.monitoring.findings.find((f) => f.code === code)?.severity).toBe('warning');
      expect(eu.monitoring.findings.find((f) => f.code === code)?.severity).toBe('critical');
    }
  });
});

describe('on treatment: a stopped course', () => {
  const stopped = (asOf: string) =>
    assess(
      data({
        meds: [riluzole({ start: START, end: '2026-11-24', status: 'stopped' })],
        labs: [...baseline, alt('2026-11-18', 250)],
      }),
      'us',
      asOf,
    );

  it('does not hide a stop-level ALT last week behind a stop yesterday', () => {
    const a = stopped('2026-11-25');
    expect(a.treatment.status).toBe('stopped');
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
  });

  it('is not applicable for a stopped course, even with a critical row (spec §5.4)', () => {
    const a = stopped('2026-11-25');
    expect(a.monitoring).toMatchObject({ status: 'not-applicable', schedule: [] });
    expect(a.monitoring.findings.find((f) => f.code === 'liver.transaminase-stop')?.severity).toBe('critical');
  });

  it('says when riluzole was stopped and after which result', () => {
    const a = stopped('2026-11-25');
    expect(a.treatment.stoppedOn).toBe('2026-11-24');
    expect(a.treatment.stopResult).toMatchObject({ resourceType: 'Observation', date: '2026-11-18', value: 250 });
  });

  it('never recommends stopping what is already stopped', () => {
    const a = assess(
      data({
        meds: [riluzole({ start: START, end: '2026-11-24', status: 'stopped' })],
        labs: [...baseline, alt('2026-11-18', 250), bili('2026-11-18', 3)],
        conditions: [
          als(),
          condition('ild', { onset: '2026-10-01' }),
          condition('pancreatitis', { onset: '2026-10-01' }),
        ],
      }),
    );
    const stops = a.findings.filter((f) => f.severity === 'critical');
    expect(stops.map((f) => f.code)).toEqual(
      expect.arrayContaining(['liver.transaminase-stop', 'liver.hys-law', 'condition.ild', 'condition.pancreatitis']),
    );
    for (const f of stops) {
      expect(`${f.title} ${f.detail}`).not.toMatch(/discontinue|stop riluzole/i);
      // The confirmation after the raised result is asked after a stop too (spec v3 §5), and says so.
      expect(f.detail).toContain(f.code === 'monitoring.confirm-due' ? 'after the stop' : 'stopped on 2026-11-24');
    }
  });

  it('names no stop result when the stop-level result came after the stop', () => {
    const a = assess(
      data({
        meds: [riluzole({ start: START, end: '2026-11-10', status: 'stopped' })],
        labs: [...baseline, alt('2026-11-18', 250)],
      }),
    );
    expect(a.treatment.stoppedOn).toBe('2026-11-10');
    expect(a.treatment.stopResult).toBeUndefined();
    expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
  });

  it('names no stop result when a result below the stop level came between it and the stop', () => {
    const a = assess(
      data({
        meds: [riluzole({ start: START, end: '2026-11-10', status: 'stopped' })],
        labs: [...baseline, alt('2026-09-01', 250), alt('2026-10-01', 60)],
      }),
    );
    expect(a.treatment.stoppedOn).toBe('2026-11-10');
    expect(a.treatment.stopResult).toBeUndefined();
    expect(finding(a, 'liver.transaminase-stop-history')?.severity).toBe('warning');
  });

  it('has no stoppedOn while on riluzole', () => {
    expect(onRiluzole([alt('2026-11-18', 250)]).treatment.stoppedOn).toBeUndefined();
  });

  it('still applies restartGapDays after the end, and not a day longer', () => {
    expect(codes(stopped('2027-02-22'))).toContain('liver.transaminase-stop');
    const later = stopped('2027-02-23');
    expect(codes(later)).not.toContain('liver.transaminase-stop');
    expect(later.monitoring.status).toBe('not-applicable');
    expect(codes(later)).toContain('baseline.rechallenge');
  });

  it('is not applicable when never treated', () => {
    expect(assess(data({ labs: [alt('2026-11-20', 300)] })).monitoring.status).toBe('not-applicable');
  });
});
