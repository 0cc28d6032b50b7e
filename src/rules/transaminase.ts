/**
 * ALT/AST thresholds (spec §4, §5) as tri-state questions over ×ULN, and "the latest result
 * usable for this rule" (spec §1 "Comparators": ALT "<300" against a ULN of 40 is not usable).
 */
import { ge, gt } from './interval';
import { ABOVE_3X, ABOVE_5X, STOP_MULTIPLE_EU, STOP_MULTIPLE_US, ULN_MULTIPLE } from './thresholds';
import type { Ctx, Lab } from './context';
import { analyteWords } from './context';
import type { EligibilityStatus, Policy } from './types';

/** 0 within ULN, 1 > 1–3×, 2 > 3–5×, 3 > 5× (spec §4 baseline rows; the same under both policies). */
export type BaselineTier = 0 | 1 | 2 | 3;

/** Ask a ladder of questions from the top; the first "yes" decides, an unknown before it leaves the answer unknown. */
function ladder<T>(steps: readonly (readonly [boolean | undefined, T])[], otherwise: T): T | undefined {
  for (const [answer, tier] of steps) {
    if (answer === undefined) return undefined;
    if (answer) return tier;
  }
  return otherwise;
}

/** The baseline tier of an ALT/AST result, undefined when its comparator hides it. */
export function baselineTier(lab: Lab): BaselineTier | undefined {
  const iv = lab.multipleIv;
  if (!iv) return undefined;
  return ladder<BaselineTier>(
    [
      [gt(iv, ABOVE_5X), 3],
      [gt(iv, ABOVE_3X), 2],
      [gt(iv, ULN_MULTIPLE), 1],
    ],
    0,
  );
}

/** The eligibility outcome of a baseline tier (spec §4 rows); tier 0 adds no row. */
export function baselineOutcome(tier: BaselineTier, policy: Policy): EligibilityStatus | 'none' {
  switch (tier) {
    case 0:
      return 'none';
    case 1:
      return 'caution';
    case 2:
      return policy === 'us' ? 'caution' : 'contraindicated';
    case 3:
      return policy === 'us' ? 'not-recommended' : 'contraindicated';
  }
}

/**
 * The baseline tier under a policy, when the outcome is known. A comparator can hide the tier but
 * not the outcome: EU ">150" against a ULN of 40 is at least 3.75×, contraindicated whether or not
 * it is above 5×, so the answer does not depend on the unknown part (spec §1) and the lowest
 * possible tier is returned.
 */
export function baselineTierFor(policy: Policy): (lab: Lab) => BaselineTier | undefined {
  return (lab) => {
    const known = baselineTier(lab);
    if (known !== undefined || !lab.multipleIv) return known;
    const iv = lab.multipleIv;
    const steps: readonly (readonly [number, BaselineTier])[] = [
      [ABOVE_5X, 3],
      [ABOVE_3X, 2],
      [ULN_MULTIPLE, 1],
    ];
    const lo = steps.find(([t]) => gt(iv, t) === true)?.[1] ?? 0;
    const hi = steps.find(([t]) => gt(iv, t) !== false)?.[1] ?? 0;
    const outcomes = new Set<string>();
    for (let t = lo; t <= hi; t += 1) outcomes.add(baselineOutcome(t as BaselineTier, policy));
    return outcomes.size === 1 ? lo : undefined;
  };
}

export type TreatmentTier = 'stop' | 'above-3x' | 'above-uln' | 'within';

/**
 * The on-treatment tier (spec §5): the stop threshold is ALT or AST > 5× ULN under `us`
 * (RILUTEK US 5.1) and ALT ≥ 5× ULN under `eu` (EU SmPC 4.4 names ALT only).
 */
export function treatmentTier(lab: Lab, policy: Policy): TreatmentTier | undefined {
  const iv = lab.multipleIv;
  if (!iv) return undefined;
  const stop = policy === 'us' ? gt(iv, STOP_MULTIPLE_US) : lab.analyte === 'alt' ? ge(iv, STOP_MULTIPLE_EU) : false;
  return ladder<TreatmentTier>(
    [
      [stop, 'stop'],
      [gt(iv, ABOVE_3X), 'above-3x'],
      [gt(iv, ULN_MULTIPLE), 'above-uln'],
    ],
    'within',
  );
}

/** Does the result meet the policy's stop threshold? undefined when unknown. */
export function meetsStop(lab: Lab, policy: Policy): boolean | undefined {
  const t = treatmentTier(lab, policy);
  return t === undefined ? undefined : t === 'stop';
}

export interface Judged<T> {
  readonly lab: Lab;
  readonly value: T;
}

/**
 * The newest result whose answer to `judge` is known (spec §1: a result whose unknown part decides
 * the answer "is not usable for that rule"). Newer results with an unknown answer are reported
 * (`data.value-unreadable`) and passed over; `unjudgedNewest` names them, so that an older normal
 * value never silently stands for a newer "<300".
 */
export function latestJudged<T>(
  labs: readonly Lab[],
  judge: (l: Lab) => T | undefined,
  rule: string,
  ctx: Ctx,
): Judged<T> | undefined {
  for (const lab of labs) {
    const value = judge(lab);
    if (value !== undefined) return { lab, value };
    ctx.note(
      'data.value-unreadable',
      `${analyteWords(lab.analyte)} "${lab.comparator ?? ''}${lab.value}" on ${lab.date} cannot ` +
        `answer ${rule}: the unknown part of the value decides it.`,
      { resourceType: 'Observation', id: lab.record.id },
    );
  }
  return undefined;
}

/** The results newer than the newest one `judge` can answer (all of them when none can). */
export function unjudgedNewest<T>(labs: readonly Lab[], judge: (l: Lab) => T | undefined): Lab[] {
  const out: Lab[] = [];
  for (const lab of labs) {
    if (judge(lab) !== undefined) break;
    out.push(lab);
  }
  return out;
}

/** "ALT "<300" U/L on 2026-11-20": a passed-over result as written. */
export function unjudgedWords(labs: readonly Lab[]): string {
  return labs.map((l) => `${analyteWords(l.analyte)} "${l.comparator ?? ''}${l.value}" on ${l.date}`).join('; ');
}
