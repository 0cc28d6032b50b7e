/**
 * The monitoring panel (spec §5): on-treatment findings, the schedule, and the status.
 */
import { addDays } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import { mergeFindings } from './findings';
import { within } from './labs';
import { type TreatmentSpan, onTreatmentFindings, treatmentSpan } from './on-treatment';
import { buildSchedule } from './schedule';
import { sourceOf } from './sources';
import { meetsStop } from './transaminase';
import type { TreatmentView } from './treatment';
import type { Evidence, Finding, FindingCode, IsoDate, MonitoringStatus, SchedulePoint } from './types';

/**
 * The codes that mean "stop" at critical severity (spec §5), in the order a clinician acts on them
 * when several are present (the screen's summary line names the first).
 */
export const STOP_CODES_BY_PRIORITY: readonly FindingCode[] = [
  'liver.transaminase-stop',
  'liver.hys-law',
  'liver.bilirubin-elevated',
  'blood.neutropenia',
  'condition.ild',
  'condition.pancreatitis',
  'allergy.riluzole',
];

/** A finding of one of these codes at critical severity means "stop" (spec §5). */
export const STOP_CODES: ReadonlySet<FindingCode> = new Set(STOP_CODES_BY_PRIORITY);

export interface MonitoringResult {
  readonly status: MonitoringStatus;
  /** Stop is recommended: the routine schedule is suspended (spec §5.3). */
  readonly suspended?: boolean;
  /** A stopped course: the last stop-level result on or before the stop (spec §5.4). */
  readonly stopResult?: Evidence;
  readonly nextDue?: IsoDate;
  readonly schedule: readonly SchedulePoint[];
  readonly findings: readonly Finding[];
}

/** Judge monitoring for the treatment status. */
export function assessMonitoring(ctx: Ctx, tv: TreatmentView): MonitoringResult {
  const span = treatmentSpan(tv, ctx);
  if (!span) return { status: 'not-applicable', schedule: [], findings: [] };
  const rows = onTreatmentFindings(ctx, tv, span);
  const stop = rows.some((f) => f.severity === 'critical' && STOP_CODES.has(f.code));
  switch (tv.status) {
    case 'never':
      return { status: 'not-applicable', schedule: [], findings: [] };
    case 'stopped': {
      // Spec §5.4: nothing to schedule and nothing to stop; the rows of the course stay at their
      // severity (a stop-level ALT last week is not hidden by a stop yesterday).
      const stopResult = tv.stoppedOn ? stopResultOf(ctx, rows, span, tv.stoppedOn) : undefined;
      return {
        status: 'not-applicable',
        ...(stopResult ? { stopResult } : {}),
        schedule: [],
        findings: mergeFindings(rows),
      };
    }
    case 'on-riluzole':
    case 'paused': {
      if (!tv.courseStart) {
        if (stop) return { status: 'stop-recommended', suspended: true, schedule: [], findings: mergeFindings(rows) };
        const due = makeFinding(
          'monitoring.due',
          'info',
          'ALT check due',
          'The course start is unknown, so the schedule cannot be placed: check ALT now.',
          [],
          sourceOf('monitoring.due', ctx.policy),
        );
        return {
          status: 'due',
          nextDue: ctx.asOf,
          schedule: [],
          findings: mergeFindings([...rows, due]),
        };
      }
      const alts = within(ctx.labs.alt, addDays(tv.courseStart, -ctx.settings.baselineDays), ctx.asOf);
      const s = buildSchedule(ctx, tv.courseStart, alts, stop);
      return {
        status: stop ? 'stop-recommended' : s.status,
        ...(stop ? { suspended: true } : {}),
        ...(s.nextDue ? { nextDue: s.nextDue } : {}),
        schedule: s.schedule,
        findings: mergeFindings([...rows, ...s.findings]),
      };
    }
  }
}

/**
 * The result after which a stopped course was stopped: the last ALT or AST before the stop when it
 * is at the stop level, or a result behind a critical stop row, dated on or before the stop; the
 * newest of these. None when they came later, or a lower ALT or AST came between (spec §5.4).
 */
function stopResultOf(
  ctx: Ctx,
  rows: readonly Finding[],
  span: TreatmentSpan,
  stoppedOn: IsoDate,
): Evidence | undefined {
  // The last ALT and AST before the stop: a stop-level result followed by a lower one is history,
  // not what the course was stopped after.
  const lastBefore = (labs: readonly Lab[]): readonly Lab[] => {
    const upTo = within(labs, span.from, stoppedOn);
    const newest = upTo.reduce((d, l) => (l.date > d ? l.date : d), '');
    return upTo.filter((l) => l.date === newest);
  };
  const transaminases = [...lastBefore(ctx.labs.alt), ...lastBefore(ctx.labs.ast)]
    .filter((l) => meetsStop(l, ctx.policy) === true)
    .map(evidenceOf);
  const behindRows = rows
    .filter((f) => f.severity === 'critical' && STOP_CODES.has(f.code))
    .flatMap((f) => f.evidence)
    .filter((e) => e.resourceType === 'Observation');
  const before = [...transaminases, ...behindRows].filter((e) => e.date !== undefined && e.date <= stoppedOn);
  return before.reduce<Evidence | undefined>(
    (best, e) => (!best || (e.date ?? '') > (best.date ?? '') ? e : best),
    undefined,
  );
}
