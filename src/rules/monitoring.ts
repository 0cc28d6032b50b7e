/**
 * The monitoring panel (spec §5): on-treatment findings, the schedule, and the status.
 */
import { addDays } from './dates';
import { type Ctx, makeFinding } from './context';
import { mergeFindings } from './findings';
import { within } from './labs';
import { onTreatmentFindings, treatmentSpan } from './on-treatment';
import { buildSchedule } from './schedule';
import { sourceOf } from './sources';
import type { TreatmentView } from './treatment';
import type { Finding, FindingCode, IsoDate, MonitoringStatus, SchedulePoint } from './types';

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
    case 'stopped':
      // Not hidden by a recent stop: within restartGapDays of the end a stop-level row still says so.
      return { status: stop ? 'stop-recommended' : 'not-applicable', schedule: [], findings: mergeFindings(rows) };
    case 'on-riluzole':
    case 'paused': {
      if (!tv.courseStart) {
        const due = makeFinding(
          'monitoring.due',
          'info',
          'ALT check due',
          'The course start is unknown, so the schedule cannot be placed: check ALT now.',
          [],
          sourceOf('monitoring.due', ctx.policy),
        );
        return {
          status: stop ? 'stop-recommended' : 'due',
          nextDue: ctx.asOf,
          schedule: [],
          findings: mergeFindings([...rows, due]),
        };
      }
      const alts = within(ctx.labs.alt, addDays(tv.courseStart, -ctx.settings.baselineDays), ctx.asOf);
      const s = buildSchedule(ctx, tv.courseStart, alts);
      return {
        status: stop ? 'stop-recommended' : s.status,
        nextDue: s.nextDue,
        schedule: s.schedule,
        findings: mergeFindings([...rows, ...s.findings]),
      };
    }
  }
}
