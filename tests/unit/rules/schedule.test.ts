import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/rules';
import type { Assessment, LabRecord, Settings } from '../../../src/rules';
import { alt, assess, codes, data, finding, riluzole } from './fixtures';

const S = '2026-01-31'; // a month-end start: the points clamp (02-28, 03-31, 04-30, 07-31, 10-31, 2027-01-31)

function course(
  asOf: string,
  alts: readonly (string | LabRecord)[],
  o: { status?: string; settings?: Settings } = {},
): Assessment {
  const labs = alts.map((x) => (typeof x === 'string' ? alt(x, 30) : x));
  return assess(
    data({ meds: [riluzole({ start: S, ...(o.status ? { status: o.status } : {}) })], labs }),
    'us',
    asOf,
    o.settings ?? DEFAULT_SETTINGS,
  );
}

const dues = (a: Assessment): string[] => a.monitoring.schedule.map((p) => p.due);
const stateOn = (a: Assessment, due: string): string | undefined =>
  a.monitoring.schedule.find((p) => p.due === due)?.state;

describe('schedule points', () => {
  it('places points from S with month-end clamping, computed from S each time', () => {
    expect(dues(course('2027-01-20', [S]))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
      '2027-01-31',
      '2027-07-31',
    ]);
  });

  it('continues every periodicMonths after month 12 (default 6, a clinic may change it)', () => {
    expect(dues(course('2027-07-20', [S]))).toContain('2027-07-31');
    expect(dues(course('2027-04-20', [S], { settings: parseSettings({ periodicMonths: 3 }) }))).toContain('2027-04-30');
  });
});

describe('monitoring status in the monthly phase (window 7 days early, grace 7 days)', () => {
  it('is up to date the day before the month-1 window opens, due on its first day', () => {
    expect(course('2026-02-20', [S]).monitoring).toMatchObject({ status: 'up-to-date', nextDue: '2026-02-28' });
    expect(course('2026-02-21', [S]).monitoring.status).toBe('due');
  });

  it('is due on the last day of grace and overdue the day after', () => {
    expect(course('2026-03-07', [S]).monitoring.status).toBe('due');
    const a = course('2026-03-08', [S]);
    expect(a.monitoring.status).toBe('overdue');
    expect(finding(a, 'monitoring.overdue')?.detail).toContain('overdue since 2026-02-28');
  });

  it('answers month 1 with an ALT on the first day of its window, not the day before', () => {
    expect(course('2026-03-10', [S, '2026-02-21']).monitoring).toMatchObject({
      status: 'up-to-date',
      nextDue: '2026-03-31',
    });
    expect(course('2026-03-10', [S, '2026-02-20']).monitoring).toMatchObject({
      status: 'overdue',
      nextDue: '2026-02-28',
    });
  });
});

describe('monitoring status in the quarterly phase (window 14 days early, grace 14 days)', () => {
  const monthly = [S, '2026-02-28', '2026-03-31', '2026-04-30'];
  it('opens the month-6 window 14 days before and closes its grace 14 days after', () => {
    expect(course('2026-07-16', monthly).monitoring.status).toBe('up-to-date');
    expect(course('2026-07-17', monthly).monitoring.status).toBe('due');
    expect(course('2026-08-14', monthly).monitoring.status).toBe('due');
    expect(course('2026-08-15', monthly).monitoring.status).toBe('overdue');
  });

  it('keeps a missed month-6 test overdue at month 9', () => {
    const a = course('2026-11-01', monthly);
    expect(a.monitoring).toMatchObject({ status: 'overdue', nextDue: '2026-07-31' });
    expect(stateOn(a, '2026-07-31')).toBe('overdue');
    expect(stateOn(a, '2026-10-31')).toBe('upcoming');
  });

  it('lets a late test answer the points before it', () => {
    const a = course('2026-09-01', [...monthly, '2026-08-20']);
    expect(a.monitoring).toMatchObject({ status: 'up-to-date', nextDue: '2026-10-31' });
    expect(stateOn(a, '2026-07-31')).toBe('late');
  });

  it('marks a point missed when its answer came after the next window opened', () => {
    const a = course('2026-10-25', [...monthly, '2026-10-20']);
    expect(stateOn(a, '2026-07-31')).toBe('missed');
    expect(stateOn(a, '2026-10-31')).toBe('done');
    expect(stateOn(a, '2026-02-28')).toBe('done');
    expect(a.monitoring.schedule.find((p) => p.due === '2026-10-31')?.answeredBy?.date).toBe('2026-10-20');
  });
});

describe('monitoring status in the periodic phase (after month 12)', () => {
  const firstYear = [S, '2026-02-28', '2026-03-31', '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31'];
  it('opens month 18 fourteen days early and keeps 14 days of grace', () => {
    expect(course('2027-07-16', firstYear).monitoring).toMatchObject({ status: 'up-to-date', nextDue: '2027-07-31' });
    expect(course('2027-07-17', firstYear).monitoring.status).toBe('due');
    expect(course('2027-08-14', firstYear).monitoring.status).toBe('due');
    expect(course('2027-08-15', firstYear).monitoring.status).toBe('overdue');
    expect(course('2027-08-15', firstYear).monitoring.schedule.find((p) => p.due === '2027-07-31')?.phase).toBe(
      'periodic',
    );
  });
});

describe('baseline point', () => {
  it('is answered by an ALT on the first day of the baseline window', () => {
    const a = course('2026-02-01', ['2025-11-02']);
    expect(stateOn(a, S)).toBe('done');
    expect(a.monitoring.status).toBe('up-to-date');
  });

  it('is overdue (no grace) when the only ALT is one day before the baseline window', () => {
    const a = course('2026-02-01', ['2025-11-01']);
    expect(a.monitoring).toMatchObject({ status: 'overdue', nextDue: S });
  });

  it('is overdue when a course has no ALT at all', () => {
    expect(course('2026-02-05', []).monitoring).toMatchObject({ status: 'overdue', nextDue: S });
  });
});

describe('recheck after an ALT above the ULN', () => {
  const START = '2026-06-01';
  const rc = (asOf: string, value = 60) =>
    assess(
      data({
        meds: [riluzole({ start: START })],
        labs: [
          alt(START, 30),
          alt('2026-07-01', 30),
          alt('2026-08-01', 30),
          alt('2026-09-01', 30),
          alt('2026-11-01', value),
        ],
      }),
      'us',
      asOf,
    );

  it('adds a recheck 14 days after the raised ALT and takes the earlier due date', () => {
    const a = rc('2026-11-14');
    expect(a.monitoring).toMatchObject({ status: 'up-to-date', nextDue: '2026-11-15' });
    expect(a.monitoring.schedule.find((p) => p.phase === 'recheck')).toMatchObject({
      due: '2026-11-15',
      state: 'upcoming',
    });
  });

  it('is due from the recheck day through 7 days of grace, then overdue', () => {
    expect(rc('2026-11-15').monitoring.status).toBe('due');
    expect(rc('2026-11-22').monitoring.status).toBe('due');
    expect(rc('2026-11-23').monitoring.status).toBe('overdue');
  });

  it('adds no recheck for a normal ALT or a stop-level one', () => {
    expect(rc('2026-11-14', 40).monitoring.schedule.some((p) => p.phase === 'recheck')).toBe(false);
    const stop = rc('2026-11-14', 250);
    expect(stop.monitoring.schedule.some((p) => p.phase === 'recheck')).toBe(false);
    expect(stop.monitoring.status).toBe('stop-recommended');
  });
});

describe('paused and stopped courses', () => {
  it('keeps the schedule of a paused course', () => {
    const a = course('2026-03-08', [S], { status: 'on-hold' });
    expect(a.treatment.status).toBe('paused');
    expect(a.monitoring.status).toBe('overdue');
  });

  it('is not applicable for a stopped course without a stop-level finding', () => {
    const a = assess(
      data({ meds: [riluzole({ start: S, end: '2026-05-01', status: 'completed' })], labs: [alt(S, 30)] }),
      'us',
      '2026-06-01',
    );
    expect(a.monitoring).toMatchObject({ status: 'not-applicable', schedule: [] });
  });
});

describe('the source of a due or overdue check', () => {
  const sourceOf = (a: Assessment): string =>
    (finding(a, 'monitoring.due') ?? finding(a, 'monitoring.overdue'))?.source ?? '';

  it('names the label for a monthly point, and no clinic setting', () => {
    const s = sourceOf(course('2026-02-25', [S]));
    expect(s).toContain('EU SmPC 4.4');
    expect(s).not.toContain('clinic setting');
  });

  it('names periodicMonths as a clinic setting for a point after month 12', () => {
    const s = sourceOf(
      course('2027-07-25', [S, '2026-02-28', '2026-03-31', '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31']),
    );
    expect(s).toContain('clinic setting (default) periodicMonths = 6');
    expect(s).not.toContain('elevatedRecheckDays');
  });

  it('names elevatedRecheckDays for a recheck after a raised ALT', () => {
    const s = sourceOf(course('2026-02-25', [S, alt('2026-02-10', 80)]));
    expect(s).toContain('elevatedRecheckDays = 14');
    expect(s).not.toContain('periodicMonths');
  });
});

describe('the schedule under a stop (spec §5.2, §5.3): one result answers one point; suspended', () => {
  // Month 2 (07-25) and month 3 (08-25) were never tested; ALT 250 U/L (6.25× ULN) on 11-10, the day
  // before the month-6 window opens (11-11).
  const START = '2026-05-25';
  const stop = assess(
    data({ meds: [riluzole({ start: START })], labs: [alt(START, 30), alt('2026-06-25', 30), alt('2026-11-10', 250)] }),
    'us',
    '2026-11-25',
  );
  const point = (due: string) => stop.monitoring.schedule.find((p) => p.due === due);

  it('leaves a missed point unanswered and names the next ALT instead', () => {
    expect(point('2026-07-25')?.state).toBe('missed');
    expect(point('2026-07-25')?.answeredBy).toBeUndefined();
    expect(point('2026-07-25')?.nextAlt).toMatchObject({ date: '2026-11-10', value: 250 });
  });

  it('lets the stop-level ALT answer only the one point it was late for', () => {
    expect(point('2026-08-25')).toMatchObject({ state: 'late', answeredBy: { date: '2026-11-10' } });
    const answered = stop.monitoring.schedule.filter((p) => p.answeredBy?.date === '2026-11-10');
    expect(answered).toHaveLength(1);
  });

  it('marks the schedule suspended: no point after the stop result is due or overdue', () => {
    expect(stop.monitoring.status).toBe('stop-recommended');
    expect(stop.monitoring.suspended).toBe(true);
    expect(point('2026-11-25')?.state).toBe('suspended');
    expect(stop.monitoring.schedule.filter((p) => p.state === 'due' || p.state === 'overdue')).toEqual([]);
    expect(stop.monitoring.nextDue).toBeUndefined();
  });

  it('raises no ALT check due or overdue beside the stop', () => {
    expect(codes(stop)).toContain('liver.transaminase-stop');
    expect(codes(stop)).not.toContain('monitoring.due');
    expect(codes(stop)).not.toContain('monitoring.overdue');
  });

  it('is not suspended without a stop', () => {
    const fine = assess(
      data({
        meds: [riluzole({ start: START })],
        labs: [alt(START, 30), alt('2026-06-25', 30), alt('2026-11-10', 30)],
      }),
      'us',
      '2026-11-25',
    );
    expect(fine.monitoring.suspended).toBeUndefined();
    expect(fine.monitoring.schedule.find((p) => p.due === '2026-11-25')?.state).toBe('due');
    expect(codes(fine)).toContain('monitoring.due');
  });
});
