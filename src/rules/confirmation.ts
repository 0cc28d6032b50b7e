/**
 * Confirmation after a raised result (spec v3 §5, docs/clinical-spec.md): after an ALT or AST above
 * 3× ULN, or a Hy's law pattern that includes the latest result, ALT, AST, ALP and total bilirubin
 * are repeated within confirmRecheckDays. The one check that is never suspended: on treatment,
 * paused, under a stop and after a stop alike. Also the liver tests since a stop.
 */
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import { addDays, daysBetween } from './dates';
import { mergeFindings } from './findings';
import { ge, gt, le } from './interval';
import { describeLab, within } from './labs';
import type { MonitoringResult } from './monitoring';
import { treatmentSpan } from './on-treatment';
import { settingWords, sourceOf, withSettings } from './sources';
import { ABOVE_3X as MONITOR_MORE_MULTIPLE, HY_BILIRUBIN_MULTIPLE, HY_TRANSAMINASE_MULTIPLE } from './thresholds';
import type { TreatmentView } from './treatment';
import type { ConfirmAnalyte, Confirmation, Finding, IsoDate, MonitoringStatus, SinceStop, UlnReading } from './types';

/** FDA DILI guidance (2009): repeat ALT, AST, ALP and total bilirubin to confirm a raised ALT. */
export const CONFIRM_TESTS: readonly ConfirmAnalyte[] = ['alt', 'ast', 'alp', 'bilirubinTotal'];
/** The tests that answer the point (spec v3 §5: "answered by an ALT and an AST dated after"). */
const ANSWERING: readonly ConfirmAnalyte[] = ['alt', 'ast'];
export const CONFIRM_TESTS_WORDS = 'ALT, AST, ALP and total bilirubin';

interface Raised {
  readonly date: IsoDate;
  readonly reason: Confirmation['reason'];
  readonly labs: readonly Lab[];
}

const isAbove = (l: Lab, t: number, strict: boolean): boolean =>
  l.multipleIv !== undefined && (strict ? gt(l.multipleIv, t) : ge(l.multipleIv, t)) === true;
const newer = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The newest raised result of the course: an ALT or AST above 3× ULN, or a current Hy's law pair. */
function raisedResult(ctx: Ctx, from: IsoDate, to: IsoDate): Raised | undefined {
  const alts = within(ctx.labs.alt, from, to);
  const asts = within(ctx.labs.ast, from, to);
  const bilis = within(ctx.labs.bilirubinTotal, from, to);
  const high = [...alts, ...asts].filter((l) => isAbove(l, MONITOR_MORE_MULTIPLE, true));
  const top = high.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0))[0];
  // Hy's law (spec §5): ALT or AST ≥ 3× with bilirubin > 2× within the pairing window; counted here
  // only when the pair includes the latest ALT, AST or bilirubin.
  const latestIds = new Set([alts[0], asts[0], bilis[0]].map((l) => l?.record.id));
  let hy: Raised | undefined;
  for (const t of [...alts, ...asts]) {
    if (!isAbove(t, HY_TRANSAMINASE_MULTIPLE, false)) continue;
    for (const b of bilis) {
      if (!isAbove(b, HY_BILIRUBIN_MULTIPLE, true)) continue;
      if (Math.abs(daysBetween(t.date, b.date)) > ctx.settings.hysLawWindowDays) continue;
      if (!latestIds.has(t.record.id) && !latestIds.has(b.record.id)) continue;
      const date = newer(t.date, b.date);
      if (!hy || date > hy.date) hy = { date, reason: 'hys-law', labs: [t, b] };
    }
  }
  if (hy && (!top || hy.date >= top.date)) return hy;
  return top ? { date: top.date, reason: 'transaminase-above-3x', labs: [top] } : undefined;
}

interface Point {
  readonly confirmation: Confirmation;
  readonly raised: readonly Lab[];
  /** The first result of each asked-for test dated after the raised one, oldest first. */
  readonly drawn: readonly Lab[];
}

function confirmationPoint(ctx: Ctx, tv: TreatmentView): Point | undefined {
  const span = treatmentSpan(tv, ctx);
  if (!span) return undefined;
  const raised = raisedResult(ctx, span.from, span.to);
  if (!raised) return undefined;
  // ctx.labs holds results up to asOf, newest first: the first one after the raised result is the oldest.
  const after = (a: ConfirmAnalyte): Lab | undefined => [...ctx.labs[a]].reverse().find((l) => l.date > raised.date);
  const drawn = CONFIRM_TESTS.map((a) => after(a))
    .filter((l): l is Lab => l !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const outstanding = CONFIRM_TESTS.filter((a) => !drawn.some((l) => l.analyte === a));
  const due = addDays(raised.date, ctx.settings.confirmRecheckDays);
  const answered = ANSWERING.every((a) => drawn.some((l) => l.analyte === a));
  const confirmation: Confirmation = {
    state: answered ? 'answered' : ctx.asOf > due ? 'overdue' : 'due',
    after: raised.date,
    due,
    reason: raised.reason,
    raised: raised.labs.map(evidenceOf),
    tests: CONFIRM_TESTS,
    answeredBy: drawn.map(evidenceOf),
    outstanding,
  };
  return { confirmation, raised: raised.labs, drawn };
}

/**
 * The confirmation point of the course (spec v3 §5), answered or not.
 * @param tv - the treatment view; the span is the course's (a stopped one within restartGapDays)
 */
export function confirmationOf(ctx: Ctx, tv: TreatmentView): Confirmation | undefined {
  return confirmationPoint(ctx, tv)?.confirmation;
}

const TEST_WORDS: Readonly<Record<ConfirmAnalyte, string>> = {
  alt: 'ALT',
  ast: 'AST',
  alp: 'ALP',
  bilirubinTotal: 'total bilirubin',
};

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** `monitoring.confirm-due`: warning until c, critical once past it; none once answered. */
function confirmFinding(ctx: Ctx, tv: TreatmentView, p: Point): Finding | undefined {
  const { confirmation: c, raised: raisedLabs, drawn: drawnSince } = p;
  if (c.state === 'answered') return undefined;
  const { settings } = ctx;
  const what =
    c.reason === 'hys-law'
      ? `Hy's law pattern: ${raisedLabs.map((l) => describeLab(l, settings)).join('; ')}`
      : raisedLabs.map((l) => describeLab(l, settings)).join('; ');
  const partial =
    drawnSince.length > 0
      ? ` Since then: ${drawnSince.map((l) => describeLab(l, settings)).join('; ')}; still ` +
        `needed: ${listWords(c.outstanding.map((a) => TEST_WORDS[a]))}.`
      : '';
  const ask =
    c.state === 'overdue'
      ? `Not repeated by ${c.due}: repeat ${CONFIRM_TESTS_WORDS} now`
      : `Repeat ${CONFIRM_TESTS_WORDS} by ${c.due}`;
  const stopped = tv.status === 'stopped' ? ' This applies after the stop too.' : '';
  return makeFinding(
    'monitoring.confirm-due',
    c.state === 'overdue' ? 'critical' : 'warning',
    c.state === 'overdue' ? 'Confirmation of the raised liver test overdue' : 'Confirm the raised liver test',
    `${what}. ${ask}, to confirm the result and see whether it is rising or falling.${partial}${stopped}`,
    [...raisedLabs, ...drawnSince].map(evidenceOf),
    withSettings(
      sourceOf('monitoring.confirm-due', ctx.policy),
      settingWords('confirmRecheckDays', 'confirmation within', settings),
    ),
  );
}

function ulnReading(l: Lab): UlnReading {
  if (!l.multipleIv) return 'unknown';
  const within1 = le(l.multipleIv, 1);
  return within1 === undefined ? 'unknown' : within1 ? 'within' : 'above';
}

/** After a stop within restartGapDays: the liver tests since the stop and where the latest stand. */
export function sinceStopOf(ctx: Ctx, tv: TreatmentView): SinceStop | undefined {
  if (tv.status !== 'stopped' || !tv.course?.end || !treatmentSpan(tv, ctx)) return undefined;
  const stoppedOn = tv.course.end;
  const from = addDays(stoppedOn, 1);
  const per = CONFIRM_TESTS.map((a) => ({ analyte: a, labs: within(ctx.labs[a], from, ctx.asOf) }));
  const tests = per
    .flatMap((p) => p.labs)
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0))
    .map((l) => l.result);
  const latest = per.flatMap((p) => {
    const l = p.labs[0];
    return l ? [{ analyte: p.analyte, result: l.result, uln: ulnReading(l) }] : [];
  });
  return { stoppedOn, tests, latest };
}

const WORSE: Readonly<Record<'up-to-date' | 'due' | 'overdue', number>> = { 'up-to-date': 0, due: 1, overdue: 2 };

export interface MonitoringWithConfirmation extends MonitoringResult {
  readonly confirmation?: Confirmation;
  readonly sinceStop?: SinceStop;
}

/**
 * Add the confirmation point to a monitoring result: its finding, and on a running schedule the
 * earlier due date and the worse status. A stop or a stopped course keeps its status.
 */
export function withConfirmation(ctx: Ctx, tv: TreatmentView, m: MonitoringResult): MonitoringWithConfirmation {
  const point = confirmationPoint(ctx, tv);
  const confirmation = point?.confirmation;
  const sinceStop = sinceStopOf(ctx, tv);
  const extra = { ...(confirmation ? { confirmation } : {}), ...(sinceStop ? { sinceStop } : {}) };
  const finding = point ? confirmFinding(ctx, tv, point) : undefined;
  if (!confirmation || !finding) return { ...m, ...extra };
  let status: MonitoringStatus = m.status;
  let nextDue = m.nextDue;
  if (status === 'up-to-date' || status === 'due' || status === 'overdue') {
    const own = confirmation.state === 'overdue' ? 'overdue' : 'due';
    if (WORSE[own] > WORSE[status]) status = own;
    if (!nextDue || confirmation.due < nextDue) nextDue = confirmation.due;
  }
  return {
    ...m,
    status,
    ...(nextDue ? { nextDue } : {}),
    findings: mergeFindings([...m.findings, finding]),
    ...extra,
  };
}
