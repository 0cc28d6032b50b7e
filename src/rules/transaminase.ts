/**
 * ALT/AST thresholds (spec §4, §5) as tri-state questions over ×ULN, and "the latest result
 * usable for this rule" (spec §1 "Comparators": ALT "<300" against a ULN of 40 is not usable).
 */
import { ge, gt } from './interval';
import type { Ctx, Lab } from './context';
import { analyteWords } from './context';
import type { Policy } from './types';

/** RILUTEK EU SmPC 4.4: "ALT levels above 3 times ULN" call for closer monitoring. */
export const MONITOR_MORE_MULTIPLE = 3;
/** RILUTEK US 8.6 and EU 4.3/4.4: use is not recommended / contraindicated / stopped above 5× ULN. */
export const STOP_MULTIPLE = 5;
/** Above the ULN itself. */
export const ULN_MULTIPLE = 1;

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
      [gt(iv, STOP_MULTIPLE), 3],
      [gt(iv, MONITOR_MORE_MULTIPLE), 2],
      [gt(iv, ULN_MULTIPLE), 1],
    ],
    0,
  );
}

export type TreatmentTier = 'stop' | 'above-3x' | 'above-uln' | 'within';

/**
 * The on-treatment tier (spec §5): the stop threshold is ALT or AST > 5× ULN under `us`
 * (RILUTEK US 5.1) and ALT ≥ 5× ULN under `eu` (EU SmPC 4.4 names ALT only).
 */
export function treatmentTier(lab: Lab, policy: Policy): TreatmentTier | undefined {
  const iv = lab.multipleIv;
  if (!iv) return undefined;
  const stop = policy === 'us' ? gt(iv, STOP_MULTIPLE) : lab.analyte === 'alt' ? ge(iv, STOP_MULTIPLE) : false;
  return ladder<TreatmentTier>(
    [
      [stop, 'stop'],
      [gt(iv, MONITOR_MORE_MULTIPLE), 'above-3x'],
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

/**
 * The newest result whose answer to `judge` is known; newer results with an unknown answer are
 * reported (`data.value-unreadable`) and passed over, never read as normal.
 */
export function latestJudged<T>(labs: readonly Lab[], judge: (l: Lab) => T | undefined, rule: string, ctx: Ctx): { lab: Lab; value: T } | undefined {
  for (const lab of labs) {
    const value = judge(lab);
    if (value !== undefined) return { lab, value };
    ctx.note(
      'data.value-unreadable',
      `${analyteWords(lab.analyte)} "${lab.comparator ?? ''}${lab.value}" on ${lab.date} cannot answer ${rule}: the unknown part of the value decides it.`,
      { resourceType: 'Observation', id: lab.record.id },
    );
  }
  return undefined;
}
