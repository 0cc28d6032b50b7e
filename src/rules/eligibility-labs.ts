/**
 * Eligibility rows that read laboratory results (spec §4): baseline ALT/AST, bilirubin, GGT,
 * the history and rechallenge rows. Each row carries its outcome under the active policy.
 */
import { addDays, minDate } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import { gt, le } from './interval';
import { describeLab, within } from './labs';
import { settingWords, sourceOf, withSettings } from './sources';
import {
  type BaselineTier,
  baselineOutcome,
  baselineTierFor,
  latestJudged,
  meetsStop,
  unjudgedNewest,
  unjudgedWords,
} from './transaminase';
import { ABOVE_3X, ABOVE_5X, times } from './thresholds';
import type { Course } from './treatment';
import type { EligibilityStatus, FindingCode, IsoDate, Severity } from './types';

/** An eligibility row's outcome: a status, or "info only" (shown, changes nothing). */
export type Outcome = EligibilityStatus | 'info';

export interface Row {
  readonly finding: ReturnType<typeof makeFinding>;
  readonly outcome: Outcome;
}

export interface Window {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Severity of an eligibility finding (spec §4 "Severity"). */
export function severityOfOutcome(o: Outcome): Severity {
  switch (o) {
    case 'contraindicated':
      return 'critical';
    case 'not-recommended':
    case 'insufficient-data':
    case 'caution':
    case 'eligible':
      return 'warning';
    case 'info':
      return 'info';
  }
}

export function row(
  ctx: Ctx,
  code: FindingCode,
  outcome: Outcome,
  title: string,
  detail: string,
  labs: readonly Lab[],
  source = sourceOf(code, ctx.policy),
): Row {
  return {
    outcome,
    finding: makeFinding(code, severityOfOutcome(outcome), title, detail, labs.map(evidenceOf), source),
  };
}

const aboveUln = (l: Lab): boolean | undefined => (l.multipleIv ? gt(l.multipleIv, 1) : undefined);

export interface BaselineLabs {
  readonly rows: readonly Row[];
  /** The latest ALT in the window is judged within the ULN (needed for `eligible`). */
  readonly altWithinUln: boolean;
}

/**
 * The lab rows of spec §4 over the window.
 * @param earlier - earlier riluzole courses, for the rechallenge row
 * @param onCourseWithAlt - on riluzole and the course already has a usable ALT (the start still cannot be checked)
 */
export function baselineLabRows(
  ctx: Ctx,
  w: Window,
  earlier: readonly Course[],
  onCourseWithAlt: boolean,
): BaselineLabs {
  const rows: Row[] = [];
  const { policy, settings } = ctx;
  // The setting's key belongs in the source; the sentence says it as a clinician would.
  const windowWords = `${w.from} and ${w.to} (the clinic's ${settings.baselineDays}-day baseline window)`;
  const alts = within(ctx.labs.alt, w.from, w.to);
  const asts = within(ctx.labs.ast, w.from, w.to);
  const judge = baselineTierFor(policy);
  const alt = latestJudged(alts, judge, 'the baseline ALT rule', ctx);
  const ast = latestJudged(asts, judge, 'the baseline AST rule', ctx);
  // Only when an older result answers: with none, "no usable ALT" (below) already says it.
  const unjudged = [...(alt ? unjudgedNewest(alts, judge) : []), ...(ast ? unjudgedNewest(asts, judge) : [])];
  if (unjudged.length > 0) {
    // An older ALT within the ULN must not make "<300" from last week read as eligible (spec §1.1).
    rows.push(
      row(
        ctx,
        'data.latest-unjudgeable',
        'insufficient-data',
        'Newest liver test cannot be judged',
        `${unjudgedWords(unjudged)} cannot be judged against the ULN thresholds (the comparator ` +
          `hides the answer), so the older results below stand in for it and the start cannot be ` +
          `confirmed. Repeat the test with a measured value.`,
        unjudged,
      ),
    );
  }

  if (!alt) {
    const unread =
      alts.length > 0 ? ` ${alts.length} ALT result(s) in the window could not be judged against the ULN.` : '';
    const course = onCourseWithAlt
      ? ' The course has later ALT results, but the liver tests at its start cannot be checked.'
      : '';
    // An older ALT is shown, not used: the clinician sees why it does not count (spec §4 window).
    const older = ctx.labs.alt.find((l) => l.date < w.from);
    const olderWords = older ? ` The last ALT before the window: ${describeLab(older, settings)}.` : '';
    rows.push(
      row(
        ctx,
        'baseline.alt-missing',
        'insufficient-data',
        'No baseline ALT',
        `No usable ALT between ${windowWords}.${unread}${olderWords}${course}`,
        alts,
        withSettings(
          sourceOf('baseline.alt-missing', policy),
          settingWords('baselineDays', 'baseline window', settings),
        ),
      ),
    );
  }

  const latest = [alt, ast].filter((x): x is { lab: Lab; value: BaselineTier } => x !== undefined);
  const tier = latest.reduce<BaselineTier>((t, x) => (x.value > t ? x.value : t), 0);
  const worst = [...latest].sort((a, b) => (b.lab.multiple ?? 0) - (a.lab.multiple ?? 0))[0];
  const evidence = latest.map((x) => x.lab);
  const words = worst
    ? `${describeLab(worst.lab, settings)}${
        latest.length > 1
          ? `; ${latest
              .filter((x) => x !== worst)
              .map((x) => describeLab(x.lab, settings))
              .join('; ')}`
          : ''
      }.`
    : '';
  // One table of outcomes (baselineOutcome) for these rows and for judging a hidden tier.
  const outcome = baselineOutcome(tier, policy);
  if (tier === 1 && outcome !== 'none') {
    rows.push(
      row(
        ctx,
        'baseline.transaminase-above-uln',
        outcome,
        'Baseline transaminase above ULN',
        `${words} Monitor liver tests closely.`,
        evidence,
      ),
    );
  } else if (tier === 2 && outcome !== 'none') {
    rows.push(
      row(
        ctx,
        'baseline.transaminase-above-3x',
        outcome,
        `Baseline transaminase above ${times(ABOVE_3X)} ULN`,
        `${words} ` +
          (policy === 'eu' ? `Contraindicated above ${times(ABOVE_3X)} ULN.` : 'Use with caution; monitor closely.'),
        evidence,
      ),
    );
  } else if (tier === 3 && outcome !== 'none') {
    rows.push(
      row(
        ctx,
        'baseline.transaminase-above-5x',
        outcome,
        `Baseline transaminase above ${times(ABOVE_5X)} ULN`,
        `${words} ${policy === 'eu' ? 'Contraindicated.' : `Use is not recommended above ${times(ABOVE_5X)} ULN.`}`,
        evidence,
      ),
    );
  } else if (latest.length > 0 && unjudged.length === 0) {
    // Not when a newer result cannot be judged: "the latest results are within the ULN" would be false.
    const latestIds = new Set(latest.map((x) => x.lab.record.id));
    const history = [...alts, ...asts].filter((l) => !latestIds.has(l.record.id) && aboveUln(l) === true);
    if (history.length > 0) {
      rows.push(
        row(
          ctx,
          'baseline.transaminase-history',
          'caution',
          'Earlier abnormal transaminase',
          `The latest results are within the ULN, but earlier in the ` +
            `window: ${history.map((l) => describeLab(l, settings)).join('; ')}.`,
          history,
        ),
      );
    }
  }

  rows.push(...rechallengeRows(ctx, earlier));
  rows.push(...bilirubinRows(ctx, w, tier, alt?.value, ast?.value));
  return { rows, altWithinUln: alt?.value === 0 };
}

/** "stopped on 2026-01-02; ALT since: 34 U/L on 2026-01-07, back within the ULN" (issue 12: restart after a stop). */
function sinceStopWords(ctx: Ctx, c: Course): string {
  if (!c.end) return '';
  const end = c.end;
  const since = ctx.labs.alt.filter((l) => l.date > end)[0];
  const where = (l: Lab): string => {
    const within1 = l.multipleIv ? le(l.multipleIv, 1) : undefined;
    return within1 === undefined ? 'not judgeable against the ULN' : within1 ? 'back within the ULN' : 'above the ULN';
  };
  return (
    ` Riluzole was stopped on ${end}` +
    '; ' +
    (since
      ? `the latest since the stop: ${describeLab(since, ctx.settings)}, ${where(since)}`
      : 'no ALT since the stop') +
    '.'
  );
}

function rechallengeRows(ctx: Ctx, earlier: readonly Course[]): Row[] {
  const hits: Lab[] = [];
  let stopped: Course | undefined;
  for (const c of earlier) {
    const to = minDate(addDays(c.end ?? ctx.asOf, ctx.settings.restartGapDays), ctx.asOf);
    const from = addDays(c.start, 1);
    hits.push(
      ...[...within(ctx.labs.alt, from, to), ...within(ctx.labs.ast, from, to)].filter(
        (l) => meetsStop(l, ctx.policy) === true,
      ),
    );
    if (hits.length > 0) stopped = c;
  }
  if (hits.length === 0) return [];
  const outcome: Outcome = ctx.policy === 'us' ? 'caution' : 'not-recommended';
  const tail =
    ctx.policy === 'eu'
      ? 'Readministration cannot be recommended.'
      : 'Liver test elevations have recurred on rechallenge.';
  return [
    row(
      ctx,
      'baseline.rechallenge',
      outcome,
      'Rechallenge after a stop-level liver result',
      `An earlier riluzole course reached the stop ` +
        `threshold: ${hits.map((l) => describeLab(l, ctx.settings)).join('; ')}` +
        `.${stopped ? sinceStopWords(ctx, stopped) : ''} ${tail}`,
      hits,
    ),
  ];
}

function bilirubinRows(
  ctx: Ctx,
  w: Window,
  tier: number,
  altTier: BaselineTier | undefined,
  astTier: BaselineTier | undefined,
): Row[] {
  const { policy, settings } = ctx;
  const rows: Row[] = [];
  const bili = latestJudged(within(ctx.labs.bilirubinTotal, w.from, w.to), aboveUln, 'the bilirubin > ULN rule', ctx);
  const ggt = latestJudged(within(ctx.labs.ggt, w.from, w.to), aboveUln, 'the GGT > ULN rule', ctx);
  if (!bili) {
    rows.push(
      row(
        ctx,
        'baseline.bilirubin-missing',
        'info',
        'No baseline bilirubin',
        `No usable total bilirubin between ${w.from} and ${w.to}.`,
        [],
      ),
    );
  } else if (bili.value) {
    const direct = latestJudged(
      within(ctx.labs.bilirubinDirect, w.from, w.to),
      (l) => (l.multipleIv ? le(l.multipleIv, 1) : undefined),
      'the direct bilirubin ≤ ULN rule',
      ctx,
    );
    // Isolated (e.g. Gilbert's): direct bilirubin, ALT and AST all known to be within the ULN.
    if (direct?.value === true && altTier === 0 && astTier === 0) {
      rows.push(
        row(
          ctx,
          'baseline.bilirubin-isolated',
          'info',
          'Isolated indirect bilirubin rise',
          `${describeLab(bili.lab, settings)}, with direct bilirubin ` +
            `(${describeLab(direct.lab, settings)}), ALT and AST within their ULN: an isolated ` +
            `indirect rise such as Gilbert's syndrome.`,
          [bili.lab, direct.lab],
        ),
      );
    } else {
      const others = tier >= 1 || ggt?.value === true;
      const outcome: Outcome = policy === 'us' || others ? 'not-recommended' : 'caution';
      const why =
        policy === 'eu'
          ? others
            ? 'Another liver test is also above its ULN.'
            : 'It is the only raised liver test.'
          : 'Evidence of liver dysfunction.';
      rows.push(
        row(
          ctx,
          'baseline.bilirubin-elevated',
          outcome,
          'Baseline bilirubin above ULN',
          `${describeLab(bili.lab, settings)}. ${why}`,
          direct ? [bili.lab, direct.lab] : [bili.lab],
        ),
      );
    }
  }
  if (ggt?.value) {
    rows.push(
      row(
        ctx,
        'baseline.ggt-elevated',
        policy === 'us' ? 'info' : 'caution',
        'GGT above ULN',
        `${describeLab(ggt.lab, settings)}.`,
        [ggt.lab],
      ),
    );
  }
  return rows;
}
