/**
 * Supportive care (spec §7): weight and FVC follow-up, shown only when ALS is documented or
 * riluzole was ever recorded.
 */
import { addMonths } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding, num } from './context';
import { conditionsOf } from './conditions';
import { isIgnored } from './medication-activity';
import { lt, round6 } from './interval';
import { describeLab, within } from './labs';
import { sourceOf } from './sources';
import { FOLLOW_UP_MONTHS, FVC_LOW_PERCENT, WEIGHT_LOOKBACK_MONTHS, WEIGHT_LOSS_FRACTION } from './thresholds';
import { latestJudged } from './transaminase';
import type { Finding, SupportiveCare } from './types';

/** Does supportive care apply: ALS documented, or riluzole ever recorded? */
export function supportiveApplies(ctx: Ctx): boolean {
  // A cancelled, draft, not-taken or entered-in-error record is as if it never existed (spec §1).
  return conditionsOf(ctx, 'als').length > 0 || ctx.data.medications.some((m) => m.isRiluzole && !isIgnored(m));
}

interface WeightLoss {
  readonly latest: Lab;
  readonly highest: Lab;
  readonly loss: number;
}

/** The latest weight against the highest of the 12 months before it (spec §7 `supportive.weight-loss`). */
function weightLoss(ctx: Ctx): WeightLoss | undefined {
  const weights = ctx.labs.weight;
  const latest = weights[0];
  if (!latest) return undefined;
  const from = addMonths(latest.date, -WEIGHT_LOOKBACK_MONTHS);
  const before = weights.filter((w) => w.date < latest.date && w.date >= from);
  const highest = before.reduce<Lab | undefined>((h, w) => (!h || w.value > h.value ? w : h), undefined);
  if (!highest || highest.value <= 0) return undefined;
  return { latest, highest, loss: round6((highest.value - latest.value) / highest.value) };
}

/** Section 7 for the screen: does it apply, and the weight change its weight-loss row judges. */
export function assessSupportive(ctx: Ctx): SupportiveCare {
  const applies = supportiveApplies(ctx);
  const change = applies ? weightLoss(ctx) : undefined;
  if (!change) return { applies };
  return {
    applies,
    weightChange: { latest: evidenceOf(change.latest), highest: evidenceOf(change.highest), lossFraction: change.loss },
  };
}

/** The section 7 findings. */
export function supportiveFindings(ctx: Ctx): Finding[] {
  if (!supportiveApplies(ctx)) return [];
  const { asOf, policy, settings } = ctx;
  const out: Finding[] = [];
  const recent = addMonths(asOf, -FOLLOW_UP_MONTHS);
  const weights = ctx.labs.weight;
  const latestWeight = weights[0];
  if (within(weights, recent, asOf).length === 0) {
    out.push(
      makeFinding(
        'supportive.weight-overdue',
        'info',
        'Weight not recorded recently',
        `No body weight since ${recent}${latestWeight ? `; the last was ${describeLab(latestWeight, settings)}` : ''}.`,
        latestWeight ? [evidenceOf(latestWeight)] : [],
        sourceOf('supportive.weight-overdue', policy),
      ),
    );
  }
  const change = weightLoss(ctx);
  if (change && change.loss >= WEIGHT_LOSS_FRACTION) {
    const { latest, highest, loss } = change;
    out.push(
      makeFinding(
        'supportive.weight-loss',
        'warning',
        `Weight loss of ${WEIGHT_LOSS_FRACTION * 100}% or more`,
        `Weight ${num(latest.value)} kg on ${latest.date} is ${num(loss * 100)}% below the highest ` +
          `weight of the previous 12 months (${num(highest.value)} kg on ${highest.date}): ` +
          `consider a gastrostomy discussion.`,
        [evidenceOf(latest), evidenceOf(highest)],
        sourceOf('supportive.weight-loss', policy),
      ),
    );
  }
  const fvcs = ctx.labs.fvcPct;
  if (within(fvcs, recent, asOf).length === 0) {
    const last = fvcs[0];
    out.push(
      makeFinding(
        'supportive.fvc-overdue',
        'info',
        'FVC not measured recently',
        `No FVC % predicted since ${recent}${last ? `; the last was ${describeLab(last, settings)}` : ''}.`,
        last ? [evidenceOf(last)] : [],
        sourceOf('supportive.fvc-overdue', policy),
      ),
    );
  }
  const fvc = latestJudged(fvcs, (l) => lt(l.valueIv, FVC_LOW_PERCENT), `the FVC < ${FVC_LOW_PERCENT}% rule`, ctx);
  if (fvc?.value) {
    out.push(
      makeFinding(
        'supportive.fvc-low',
        'warning',
        `FVC below ${FVC_LOW_PERCENT}% predicted`,
        `FVC ${fvc.lab.comparator ?? ''}${num(fvc.lab.value)}% predicted on ${fvc.lab.date}: ` +
          `consider a discussion of non-invasive ventilation.`,
        [evidenceOf(fvc.lab)],
        sourceOf('supportive.fvc-low', policy),
      ),
    );
  }
  return out;
}
