/**
 * On-treatment liver rows (spec §5): transaminase stop / history / >3× / >ULN, bilirubin, Hy's law.
 * They read results dated after the course start (a result on the start day is baseline).
 */
import { daysBetween } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import { ge, gt } from './interval';
import { describeLab, within } from './labs';
import { settingWords, sourceOf, withSettings } from './sources';
import {
  ABOVE_3X,
  BILIRUBIN_CRITICAL_MULTIPLE,
  BILIRUBIN_PARTNER_DAYS,
  HY_ALP_MULTIPLE,
  HY_BILIRUBIN_MULTIPLE,
  HY_TRANSAMINASE_MULTIPLE,
  STOP_MULTIPLE_EU,
  STOP_MULTIPLE_US,
  ULN_MULTIPLE,
  times,
} from './thresholds';
import {
  type Judged,
  type TreatmentTier,
  latestJudged,
  meetsStop,
  treatmentTier,
  unjudgedNewest,
  unjudgedWords,
} from './transaminase';
import type { Finding, IsoDate } from './types';

/** What a `liver.transaminase-stop` finding is about, without its action (a stopped course needs no "discontinue"). */
export const TRANSAMINASE_STOP_SUBJECT = 'liver test at the stop threshold';

/** EU SmPC 4.4: closer monitoring above 3× ULN (the above-3× row's advice). */
export const MONITOR_MORE_WORDS = 'Monitor liver tests more often.';

export interface Span {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** A stopped course: its end. Its rows then say so instead of advising a stop (spec §5.4). */
  readonly stoppedOn?: IsoDate;
}

/** The advice at a stop-level row, or for a course already stopped, when it was stopped (spec §5.4). */
export function stopAdvice(stoppedOn: IsoDate | undefined, advice: string): string {
  return stoppedOn ? `riluzole was stopped on ${stoppedOn}` : advice;
}

const RANK: Readonly<Record<TreatmentTier, number>> = { within: 0, 'above-uln': 1, 'above-3x': 2, stop: 3 };
const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const words = (labs: readonly Lab[], ctx: Ctx): string => labs.map((l) => describeLab(l, ctx.settings)).join('; ');

/** Transaminase rows over the span. */
export function transaminaseFindings(ctx: Ctx, span: Span): Finding[] {
  const { policy } = ctx;
  const alts = within(ctx.labs.alt, span.from, span.to);
  const asts = within(ctx.labs.ast, span.from, span.to);
  const judge = (l: Lab): TreatmentTier | undefined => treatmentTier(l, policy);
  const latest = [
    latestJudged(alts, judge, 'the on-treatment ALT rule', ctx),
    latestJudged(asts, judge, 'the on-treatment AST rule', ctx),
  ].filter((x): x is Judged<TreatmentTier> => x !== undefined);
  const out: Finding[] = [];
  const source = (code: Parameters<typeof sourceOf>[0]): string => sourceOf(code, policy);
  const unjudged = [...unjudgedNewest(alts, judge), ...unjudgedNewest(asts, judge)];
  if (unjudged.length > 0) {
    const standIn =
      latest.length > 0
        ? 'the older results stand in for it and may understate it'
        : 'no result since the course start can be judged';
    out.push(
      makeFinding(
        'data.latest-unjudgeable',
        'warning',
        'Newest liver test cannot be judged',
        `${unjudgedWords(unjudged)} cannot be judged against the ULN thresholds (the comparator ` +
          `hides the answer): ${standIn}. Repeat the test with a measured value.`,
        unjudged.map(evidenceOf),
        source('data.latest-unjudgeable'),
      ),
    );
  }
  const latestLabs = latest.map((x) => x.lab);
  const top = Math.max(0, ...latest.map((x) => RANK[x.value]));
  const threshold =
    policy === 'us'
      ? `ALT or AST above ${times(STOP_MULTIPLE_US)} ULN`
      : `ALT at or above ${times(STOP_MULTIPLE_EU)} ULN`;
  if (top === RANK.stop) {
    out.push(
      makeFinding(
        'liver.transaminase-stop',
        'critical',
        span.stoppedOn ? 'Liver test at the stop threshold' : `Discontinue riluzole: ${TRANSAMINASE_STOP_SUBJECT}`,
        `${words(latestLabs, ctx)}. The stop threshold is ${threshold}` +
          `: ${stopAdvice(span.stoppedOn, 'discontinue riluzole')}.`,
        latestLabs.map(evidenceOf),
        source('liver.transaminase-stop'),
      ),
    );
  } else {
    const latestIds = new Set(latestLabs.map((l) => l.record.id));
    const history = [...alts, ...asts].filter((l) => !latestIds.has(l.record.id) && meetsStop(l, policy) === true);
    if (history.length > 0) {
      const dates = [...new Set(history.map((l) => l.date))].sort().join(', ');
      const eu = policy === 'eu' ? ' Riluzole should not be restarted (no rechallenge).' : '';
      out.push(
        makeFinding(
          'liver.transaminase-stop-history',
          'warning',
          'Earlier stop-level liver test',
          `${words(history, ctx)}. Discontinuation was advised on ${dates}; the latest results are ` +
            `below the stop threshold.${eu}`,
          [...history, ...latestLabs].map(evidenceOf),
          source('liver.transaminase-stop-history'),
        ),
      );
    }
    if (top === RANK['above-3x']) {
      const euAst =
        policy === 'eu' &&
        latest.some(
          (x) =>
            x.lab.analyte === 'ast' &&
            x.lab.multipleIv !== undefined &&
            ge(x.lab.multipleIv, STOP_MULTIPLE_EU) === true,
        );
      const tail = euAst
        ? ` AST is at or above ${times(STOP_MULTIPLE_EU)} ULN: the EU stop rule names ALT; review.`
        : ` ${MONITOR_MORE_WORDS}`;
      out.push(
        makeFinding(
          'liver.transaminase-above-3x',
          euAst ? 'critical' : 'warning',
          `Transaminase above ${times(ABOVE_3X)} ULN`,
          `${words(latestLabs, ctx)}.${tail}`,
          latestLabs.map(evidenceOf),
          source('liver.transaminase-above-3x'),
        ),
      );
    } else if (top === RANK['above-uln']) {
      out.push(
        makeFinding(
          'liver.transaminase-above-uln',
          'info',
          'Transaminase above ULN',
          `${words(latestLabs, ctx)}. Repeat the test sooner.`,
          latestLabs.map(evidenceOf),
          source('liver.transaminase-above-uln'),
        ),
      );
    }
  }
  return out;
}

const known = (l: Lab, t: number, strict: boolean): boolean =>
  l.multipleIv !== undefined && (strict ? gt(l.multipleIv, t) : ge(l.multipleIv, t)) === true;
const near = (a: IsoDate, b: IsoDate, days: number): boolean => Math.abs(daysBetween(a, b)) <= days;

/** Bilirubin and Hy's law rows over the span. */
export function bilirubinFindings(ctx: Ctx, span: Span): Finding[] {
  const { settings, policy } = ctx;
  const w = settings.hysLawWindowDays;
  const transaminases = [...within(ctx.labs.alt, span.from, span.to), ...within(ctx.labs.ast, span.from, span.to)];
  const bilis = within(ctx.labs.bilirubinTotal, span.from, span.to);
  const out: Finding[] = [];
  const windowWords = settingWords('hysLawWindowDays', 'pairing window', settings);

  const latestBili = latestJudged(
    bilis,
    (l) => (l.multipleIv ? gt(l.multipleIv, ULN_MULTIPLE) : undefined),
    'the bilirubin > ULN rule',
    ctx,
  );
  if (latestBili?.value) {
    const b = latestBili.lab;
    const high = known(b, BILIRUBIN_CRITICAL_MULTIPLE, true);
    const partners = transaminases.filter(
      (t) => known(t, ABOVE_3X, true) && near(t.date, b.date, BILIRUBIN_PARTNER_DAYS),
    );
    const critical = high || partners.length > 0;
    const stop = stopAdvice(span.stoppedOn, 'discontinue');
    const why = high
      ? ` Above ${times(BILIRUBIN_CRITICAL_MULTIPLE)} ULN: evidence of liver dysfunction; ${stop}.`
      : partners.length > 0
        ? ` With ${words(partners, ctx)} within ${BILIRUBIN_PARTNER_DAYS} days: evidence of liver dysfunction; ${stop}.`
        : ' Repeat and review.';
    out.push(
      makeFinding(
        'liver.bilirubin-elevated',
        critical ? 'critical' : 'warning',
        'Bilirubin above ULN',
        `${describeLab(b, settings)}.${why}`,
        [b, ...partners].map(evidenceOf),
        sourceOf('liver.bilirubin-elevated', policy),
      ),
    );
  }

  const pairs: { t: Lab; b: Lab }[] = [];
  for (const t of transaminases) {
    if (!known(t, HY_TRANSAMINASE_MULTIPLE, false)) continue;
    for (const b of bilis) if (known(b, HY_BILIRUBIN_MULTIPLE, true) && near(t.date, b.date, w)) pairs.push({ t, b });
  }
  if (pairs.length > 0) {
    const latestIds = new Set(
      [ctx.labs.alt, ctx.labs.ast, ctx.labs.bilirubinTotal].map((l) => within(l, span.from, span.to)[0]?.record.id),
    );
    const current = pairs.filter((p) => latestIds.has(p.t.record.id) || latestIds.has(p.b.record.id));
    const recent = (p: { t: Lab; b: Lab }): IsoDate => (p.t.date > p.b.date ? p.t.date : p.b.date);
    const pair = [...(current.length > 0 ? current : pairs)].sort((x, y) =>
      recent(y) > recent(x) ? 1 : recent(y) < recent(x) ? -1 : 0,
    )[0];
    if (pair) {
      const on = recent(pair);
      const from = pair.t.date < pair.b.date ? pair.t.date : pair.b.date;
      const alps = ctx.labs.alp.filter(
        (a) => near(a.date, from, w) || near(a.date, on, w) || (a.date >= from && a.date <= on),
      );
      const alpHigh = alps.filter((a) => known(a, HY_ALP_MULTIPLE, false));
      // "<300" against a ULN of 120 may or may not be 2×: unknown, never read as below (spec §1).
      const alpLow = alps.filter((a) => a.multipleIv !== undefined && ge(a.multipleIv, HY_ALP_MULTIPLE) === false);
      const alpWords =
        alpHigh.length > 0
          ? ` ALP is ≥ ${times(HY_ALP_MULTIPLE)} ULN (${words(alpHigh, ctx)}): a cholestatic ` +
            `component; interpret with care.`
          : alpLow.length > 0
            ? ` ALP is below ${times(HY_ALP_MULTIPLE)} ULN (${words(alpLow.slice(0, 1), ctx)}).`
            : alps.length > 0
              ? ` ALP is unknown (${words(alps.slice(0, 1), ctx)} does not say whether it ` +
                `is ${times(HY_ALP_MULTIPLE)} ULN).`
              : ' ALP is unknown (no result near these dates).';
      const isCurrent = current.length > 0;
      out.push(
        makeFinding(
          'liver.hys-law',
          isCurrent ? 'critical' : 'warning',
          "Hy's law pattern",
          `Hy's law pattern on ${on}: ${describeLab(pair.t, settings)}` +
            `; ${describeLab(pair.b, settings)}; within ${w} days of each other.${alpWords}` +
            (isCurrent
              ? ` ${capital(stopAdvice(span.stoppedOn, 'discontinue riluzole'))}` +
                ' and evaluate for drug-induced liver injury.'
              : ' An earlier episode; the latest results are not part of it.'),
          [pair.t, pair.b, ...alpHigh].map(evidenceOf),
          withSettings(sourceOf('liver.hys-law', policy), windowWords),
        ),
      );
    }
  }
  return out;
}
