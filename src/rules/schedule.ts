/**
 * The monitoring schedule (spec §5 "Schedule"): due points from the course start, their early
 * windows and grace, which ALT answers which point, nextDue, the recheck point and the status.
 */
import { addDays, addMonths } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import { describeLab } from './labs';
import { settingWords, sourceOf, withSettings } from './sources';
import {
  MONTHLY_EARLY_DAYS,
  MONTHLY_GRACE_DAYS,
  MONTHLY_MONTHS,
  QUARTERLY_EARLY_DAYS,
  QUARTERLY_GRACE_DAYS,
  QUARTERLY_MONTHS,
  RECHECK_GRACE_DAYS,
} from './thresholds';
import { treatmentTier } from './transaminase';
import type { Finding, IsoDate, SchedulePhase, SchedulePoint, SchedulePointState } from './types';

/** Enough points for decades of treatment; guards against absurd dates. */
const MAX_POINTS = 400;

interface Point {
  readonly due: IsoDate;
  readonly phase: SchedulePhase;
  readonly early: number;
  readonly grace: number;
  readonly label: string;
}

export type DueStatus = 'up-to-date' | 'due' | 'overdue';
const DUE_RANK: Readonly<Record<DueStatus, number>> = { 'up-to-date': 0, due: 1, overdue: 2 };

const opens = (p: Point): IsoDate => addDays(p.due, -p.early);

/** Due points from S, computed from S each time, up to the first whose window opens after asOf. */
export function duePoints(start: IsoDate, asOf: IsoDate, ctx: Ctx): Point[] {
  const s = ctx.settings;
  const points: Point[] = [{ due: start, phase: 'baseline', early: s.baselineDays, grace: 0, label: 'baseline' }];
  for (const m of MONTHLY_MONTHS)
    points.push({
      due: addMonths(start, m),
      phase: 'monthly',
      early: MONTHLY_EARLY_DAYS,
      grace: MONTHLY_GRACE_DAYS,
      label: `month ${m}`,
    });
  for (const m of QUARTERLY_MONTHS)
    points.push({
      due: addMonths(start, m),
      phase: 'quarterly',
      early: QUARTERLY_EARLY_DAYS,
      grace: QUARTERLY_GRACE_DAYS,
      label: `month ${m}`,
    });
  for (let n = 1; points.length < MAX_POINTS; n += 1) {
    const last = points[points.length - 1];
    if (last && opens(last) > asOf) break;
    const m = 12 + n * s.periodicMonths;
    points.push({
      due: addMonths(start, m),
      phase: 'periodic',
      early: QUARTERLY_EARLY_DAYS,
      grace: QUARTERLY_GRACE_DAYS,
      label: `month ${m}`,
    });
  }
  const firstFuture = points.findIndex((p) => opens(p) > asOf);
  return firstFuture >= 0 ? points.slice(0, firstFuture + 1) : points;
}

function statusAt(p: Point, asOf: IsoDate): DueStatus {
  if (addDays(p.due, p.grace) < asOf) return 'overdue';
  if (opens(p) <= asOf) return 'due';
  return 'up-to-date';
}

function stateOf(s: DueStatus): SchedulePointState {
  return s === 'up-to-date' ? 'upcoming' : s;
}

export interface ScheduleResult {
  readonly status: DueStatus;
  /** Absent while the schedule is suspended. */
  readonly nextDue?: IsoDate;
  readonly schedule: readonly SchedulePoint[];
  readonly findings: readonly Finding[];
}

/**
 * The schedule of a course starting on `start`.
 * @param alts - usable ALT results of the course and its baseline window, newest first
 * @param suspended - stop is recommended: the current and later points (and any recheck) are
 *   `suspended`, there is no nextDue and no due or overdue finding (spec §5.3)
 */
export function buildSchedule(ctx: Ctx, start: IsoDate, alts: readonly Lab[], suspended = false): ScheduleResult {
  const { asOf, settings } = ctx;
  const points = duePoints(start, asOf, ctx);
  const latest = alts[0];
  const uIndex = latest ? points.findIndex((p) => opens(p) > latest.date) : 0;
  const u = points[uIndex < 0 ? points.length - 1 : uIndex] ?? points[0];
  if (!u) return { status: 'due', nextDue: asOf, schedule: [], findings: [] };
  const oldestFirst = [...alts].reverse();
  const schedule: (SchedulePoint & { readonly at: number })[] = points.map((p, i) => {
    if (i < uIndex) {
      const answer = oldestFirst.find((a) => a.date >= opens(p));
      const next = points[i + 1];
      let state: SchedulePointState = 'missed';
      if (answer && answer.date <= addDays(p.due, p.grace)) state = 'done';
      else if (answer && (!next || answer.date < opens(next))) state = 'late';
      // One result answers one point: the ALT that came too late for a missed point is named as
      // the next ALT, not as its answer (spec §5.2).
      const found = answer ? { [state === 'missed' ? 'nextAlt' : 'answeredBy']: evidenceOf(answer) } : {};
      return { due: p.due, phase: p.phase, state, ...found, opens: opens(p), at: i };
    }
    const current: SchedulePointState = i === uIndex ? stateOf(statusAt(p, asOf)) : 'upcoming';
    return { due: p.due, phase: p.phase, state: suspended ? 'suspended' : current, opens: opens(p), at: i };
  });
  let status = statusAt(u, asOf);
  let nextDue = u.due;
  let due: { point: Point; status: DueStatus } = { point: u, status };
  const findings: Finding[] = [];

  const tier = latest ? treatmentTier(latest, ctx.policy) : undefined;
  // A latest ALT above the ULN but below the stop threshold (or unreadable against them) asks for
  // a recheck. Above 3× ULN after the start, the confirmation point (confirmation.ts, spec v3 §5)
  // replaces it; one from the baseline window raises none (section 5 reads results after the
  // start), so it is rechecked too: otherwise a course started on a 6× ULN baseline would read "up to date".
  const confirmedInstead = (tier === 'stop' || tier === 'above-3x') && latest !== undefined && latest.date > start;
  if (latest && tier !== 'within' && !confirmedInstead) {
    const r: Point = {
      due: addDays(latest.date, settings.elevatedRecheckDays),
      phase: 'recheck',
      early: 0,
      grace: RECHECK_GRACE_DAYS,
      label: `recheck ${settings.elevatedRecheckDays} days after the raised ALT of ${latest.date}`,
    };
    const rs = statusAt(r, asOf);
    schedule.push({
      due: r.due,
      phase: 'recheck',
      state: suspended ? 'suspended' : stateOf(rs),
      opens: opens(r),
      at: -1,
    });
    if (r.due < nextDue) nextDue = r.due;
    if (DUE_RANK[rs] > DUE_RANK[status] || (DUE_RANK[rs] === DUE_RANK[status] && r.due < u.due))
      due = { point: r, status: rs };
    if (DUE_RANK[rs] > DUE_RANK[status]) status = rs;
  }
  schedule.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.at - b.at));
  const shown = schedule.map(({ at: _at, ...p }) => p);
  if (suspended) return { status, schedule: shown, findings: [] };

  // Name only the clinic setting the due point rests on: the label sets the monthly and quarterly points.
  const setting =
    due.point.phase === 'periodic'
      ? [settingWords('periodicMonths', 'interval after month 12', settings)]
      : due.point.phase === 'baseline'
        ? [settingWords('baselineDays', 'baseline window', settings)]
        : due.point.phase === 'recheck'
          ? [settingWords('elevatedRecheckDays', 'recheck after a raised ALT', settings)]
          : [];
  const source = withSettings(sourceOf('monitoring.due', ctx.policy), ...setting);
  const last = latest
    ? ` Latest: ${describeLab(latest, settings)}.`
    : ' No ALT of this course or its baseline window was found.';
  const windowWords =
    `${due.point.label} (due ${due.point.due}, window opens ${opens(due.point)}, ` + `grace ${due.point.grace} days)`;
  if (status === 'overdue') {
    findings.push(
      makeFinding(
        'monitoring.overdue',
        'warning',
        'ALT check overdue',
        `ALT check overdue since ${due.point.due}: ${windowWords}.${last}`,
        latest ? [evidenceOf(latest)] : [],
        source,
      ),
    );
  } else if (status === 'due') {
    findings.push(
      makeFinding(
        'monitoring.due',
        'info',
        'ALT check due',
        `ALT check due: ${windowWords}.${last}`,
        latest ? [evidenceOf(latest)] : [],
        source,
      ),
    );
  }
  return { status, nextDue, schedule: shown, findings };
}
