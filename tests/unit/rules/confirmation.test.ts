import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/rules';
import type { Assessment, LabRecord } from '../../../src/rules';
import { AS_OF, alt, assess, ast, bili, data, finding, lab, riluzole } from './fixtures';

const START = '2026-06-01';
const alp = (date: string, value: number): LabRecord => lab('alp', date, value, { high: 120 });

function onCourse(labs: readonly LabRecord[], o: { status?: string; end?: string; asOf?: string } = {}): Assessment {
  const med = riluzole({ start: START, ...(o.status ? { status: o.status } : {}), ...(o.end ? { end: o.end } : {}) });
  return assess(data({ meds: [med], labs: [alt('2026-05-28', 20), ...labs] }), 'us', o.asOf ?? AS_OF);
}

describe('confirmation after a raised result (spec v3 §5)', () => {
  it('asks for ALT, AST, ALP and bilirubin 3 days after an ALT above 3× ULN, as a warning until then', () => {
    const a = onCourse([alt('2026-11-23', 124), ast('2026-11-23', 60)]);
    expect(a.monitoring.confirmation).toMatchObject({
      state: 'due',
      after: '2026-11-23',
      due: '2026-11-26',
      reason: 'transaminase-above-3x',
      outstanding: ['alt', 'ast', 'alp', 'bilirubinTotal'],
    });
    const f = finding(a, 'monitoring.confirm-due');
    expect(f?.severity).toBe('warning');
    expect(f?.detail).toContain('Repeat ALT, AST, ALP and total bilirubin by 2026-11-26');
    expect(f?.source).toContain('Drug-Induced Liver Injury (2009)');
    expect(f?.source).toContain('confirmRecheckDays = 3');
    // The confirmation, not month 6 five weeks away, is the next date.
    expect(a.monitoring.nextDue).toBe('2026-11-26');
    expect(a.monitoring.status).toBe('due');
  });

  it('is critical once past c', () => {
    const a = onCourse([alt('2026-11-18', 212), ast('2026-11-18', 100)]);
    expect(a.monitoring.confirmation?.state).toBe('overdue');
    expect(finding(a, 'monitoring.confirm-due')?.severity).toBe('critical');
    expect(finding(a, 'monitoring.confirm-due')?.detail).toContain('Not repeated by 2026-11-21');
  });

  it('on c itself is still a warning', () => {
    const a = onCourse([alt('2026-11-22', 130)]);
    expect(a.monitoring.confirmation?.due).toBe(AS_OF);
    expect(finding(a, 'monitoring.confirm-due')?.severity).toBe('warning');
  });

  it('replaces the 14-day recheck for a result above 3× ULN', () => {
    const a = onCourse([alt('2026-11-20', 130)]);
    expect(a.monitoring.schedule.some((p) => p.phase === 'recheck')).toBe(false);
  });

  it('is answered by an ALT and an AST dated after the raised result', () => {
    const a = onCourse([alt('2026-11-10', 150), alt('2026-11-13', 60), ast('2026-11-13', 45), alp('2026-11-13', 100)]);
    expect(a.monitoring.confirmation?.state).toBe('answered');
    expect(a.monitoring.confirmation?.answeredBy.map((e) => e.id)).toHaveLength(3);
    expect(a.monitoring.confirmation?.outstanding).toEqual(['bilirubinTotal']);
    expect(finding(a, 'monitoring.confirm-due')).toBeUndefined();
  });

  it('is not answered by an ALT alone: it names what was drawn and what is still needed', () => {
    const a = onCourse([alt('2026-11-10', 150), ast('2026-11-10', 90), alt('2026-11-12', 60)]);
    const f = finding(a, 'monitoring.confirm-due');
    expect(f?.severity).toBe('critical');
    expect(f?.detail).toContain('still needed: AST, ALP and total bilirubin');
  });

  it("asks after a Hy's law pattern that includes the latest result", () => {
    const a = onCourse([alt('2026-11-22', 120), bili('2026-11-22', 2.6)]);
    expect(a.monitoring.confirmation).toMatchObject({ reason: 'hys-law', due: '2026-11-25', state: 'due' });
    expect(finding(a, 'monitoring.confirm-due')?.detail).toContain("Hy's law pattern");
  });

  it('is never suspended: under a stop, on a paused course and after a stop', () => {
    const stop = onCourse([alt('2026-11-23', 260)]);
    expect(stop.monitoring.status).toBe('stop-recommended');
    expect(finding(stop, 'monitoring.confirm-due')?.severity).toBe('warning');
    const paused = onCourse([alt('2026-11-23', 130)], { status: 'on-hold' });
    expect(finding(paused, 'monitoring.confirm-due')).toBeDefined();
    const stopped = onCourse([alt('2026-11-20', 232)], { status: 'stopped', end: '2026-11-21' });
    expect(stopped.treatment.status).toBe('stopped');
    expect(finding(stopped, 'monitoring.confirm-due')?.detail).toContain('after the stop too');
  });

  it('does not ask once a stopped course is more than restartGapDays behind', () => {
    const a = onCourse([alt('2026-07-20', 232)], { status: 'stopped', end: '2026-07-21' });
    expect(a.monitoring.confirmation).toBeUndefined();
  });

  it('reads a baseline result as baseline, not as a raised result of the course', () => {
    const a = onCourse([alt('2026-06-01', 130)]);
    expect(a.monitoring.confirmation).toBeUndefined();
  });

  it('takes confirmRecheckDays from the clinic settings', () => {
    const settings = parseSettings({ confirmRecheckDays: 2 });
    const a = assess(
      data({ meds: [riluzole({ start: START })], labs: [alt('2026-11-23', 130)] }),
      'us',
      AS_OF,
      settings,
    );
    expect(a.monitoring.confirmation?.due).toBe('2026-11-25');
    expect(finding(a, 'monitoring.confirm-due')?.source).toContain('clinic setting confirmRecheckDays = 2');
  });
});

describe('liver tests since a stop (spec v3 §5)', () => {
  it('lists them newest first and says whether the latest is back within the ULN', () => {
    const a = onCourse(
      [
        alt('2026-11-10', 232),
        ast('2026-11-10', 120),
        alt('2026-11-15', 90),
        alt('2026-11-22', 34),
        ast('2026-11-22', 30),
      ],
      { status: 'stopped', end: '2026-11-12' },
    );
    const s = a.monitoring.sinceStop;
    expect(s?.stoppedOn).toBe('2026-11-12');
    expect(s?.tests.map((t) => [t.analyte, t.date])).toEqual([
      ['alt', '2026-11-22'],
      ['ast', '2026-11-22'],
      ['alt', '2026-11-15'],
    ]);
    expect(s?.latest.map((l) => [l.analyte, l.uln])).toEqual([
      ['alt', 'within'],
      ['ast', 'within'],
    ]);
  });

  it('says "above" while the latest is still raised, and lists nothing when none was drawn', () => {
    const raised = onCourse([alt('2026-11-15', 90)], { status: 'stopped', end: '2026-11-12' });
    expect(raised.monitoring.sinceStop?.latest).toEqual([expect.objectContaining({ analyte: 'alt', uln: 'above' })]);
    const none = onCourse([alt('2026-11-10', 232)], { status: 'stopped', end: '2026-11-12' });
    expect(none.monitoring.sinceStop).toMatchObject({ stoppedOn: '2026-11-12', tests: [], latest: [] });
  });

  it('is absent on treatment', () => {
    expect(onCourse([alt('2026-11-10', 30)]).monitoring.sinceStop).toBeUndefined();
  });
});
