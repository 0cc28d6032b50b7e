/**
 * Conditions, allergies and coded observations judged at asOf (spec §2, §4): which ones count,
 * and the evidence for each group. "No finding" is never silent: see `codesSearchedNote`.
 */
import { addDays, toIsoDate } from './dates';
import type { Ctx } from './context';
import type { AllergyRecord, ConditionKind, ConditionRecord, Evidence, IsoDate } from './types';

/** The date a condition is known from: onset, else recorded. */
export function conditionDate(c: ConditionRecord): IsoDate | undefined {
  return toIsoDate(c.onset) ?? toIsoDate(c.recorded);
}

/** A condition as evidence, with its code and its own statuses as recorded (issue 12). */
export function conditionEvidence(c: ConditionRecord): Evidence {
  const date = conditionDate(c);
  return {
    resourceType: 'Condition',
    id: c.id,
    display: c.display,
    ...(date ? { date } : {}),
    ...(typeof c.code === 'string' ? { code: c.code } : {}),
    ...(typeof c.clinicalStatus === 'string' ? { clinicalStatus: c.clinicalStatus } : {}),
    ...(typeof c.verificationStatus === 'string' ? { verificationStatus: c.verificationStatus } : {}),
  };
}

/** Every counted condition of a spec §2 kind at asOf, as evidence, in record order. */
export function countedConditions(ctx: Ctx): Evidence[] {
  return ctx.data.conditions
    .filter((c) => {
      const date = conditionDate(c);
      return c.counts && Array.isArray(c.kinds) && c.kinds.length > 0 && (date === undefined || date <= ctx.asOf);
    })
    .map(conditionEvidence);
}

/** Conditions of a kind that count at asOf (active, not refuted, not dated after asOf). */
export function conditionsOf(ctx: Ctx, kind: ConditionKind): readonly ConditionRecord[] {
  return ctx.data.conditions.filter((c) => {
    const date = conditionDate(c);
    return c.counts && Array.isArray(c.kinds) && c.kinds.includes(kind) && (date === undefined || date <= ctx.asOf);
  });
}

/** Riluzole allergies that count at asOf. */
export function riluzoleAllergies(ctx: Ctx): readonly AllergyRecord[] {
  return ctx.data.allergies.filter((a) => {
    const date = toIsoDate(a.recorded);
    return a.counts && a.isRiluzole && (date === undefined || date <= ctx.asOf);
  });
}

/**
 * "Riluzole (allergy; reaction: urticaria (moderate); criticality high; verification confirmed)":
 * the recorded reaction, criticality and verification, each said missing when not recorded.
 */
export function allergyWords(a: AllergyRecord): string {
  const parts = [
    a.type ?? 'allergy',
    `reaction: ${a.reactions && a.reactions.length > 0 ? a.reactions.join('; ') : 'not recorded'}`,
    `criticality ${a.criticality ?? 'not recorded'}`,
    `verification ${a.verification ?? 'not recorded'}`,
  ];
  return `${a.display} (${parts.join(', ')})`;
}

export function allergyEvidence(a: AllergyRecord): Evidence {
  const date = toIsoDate(a.recorded);
  return { resourceType: 'AllergyIntolerance', id: a.id, display: a.display, ...(date ? { date } : {}) };
}

export interface Dated {
  readonly evidence: Evidence;
  /** Date unknown: counted, because missing data is never good news (spec §1.1). */
  readonly undated: boolean;
}

/**
 * Pregnancy at asOf (spec §4): a "pregnant" Observation in the look-back not followed by a
 * "not pregnant" one, or a pregnancy Condition with onset or recorded date in the look-back.
 */
export function pregnancyEvidence(ctx: Ctx): readonly Dated[] {
  const from = addDays(ctx.asOf, -ctx.settings.pregnancyLookbackDays);
  const obs = ctx.data.coded.filter((o) => o.kind === 'pregnancy' && o.usable && toIsoDate(o.date) !== undefined);
  const out: Dated[] = [];
  for (const o of obs) {
    const date = toIsoDate(o.date);
    if (!date || o.positive !== true || date < from || date > ctx.asOf) continue;
    const negatedLater = obs.some((n) => {
      const nd = toIsoDate(n.date);
      return n.positive === false && nd !== undefined && nd > date && nd <= ctx.asOf;
    });
    if (!negatedLater)
      out.push({
        evidence: { resourceType: 'Observation', id: o.id, display: `${o.display}: ${o.valueText}`, date },
        undated: false,
      });
  }
  return [...out, ...datedConditions(ctx, 'pregnancy', from)];
}

/** Breast-feeding recorded in the look-back (spec §4), by Observation (a "yes") or Condition. */
export function breastfeedingEvidence(ctx: Ctx): readonly Dated[] {
  const from = addDays(ctx.asOf, -ctx.settings.breastfeedingLookbackDays);
  const out: Dated[] = [];
  for (const o of ctx.data.coded) {
    const date = toIsoDate(o.date);
    if (o.kind !== 'breastfeeding' || !o.usable || o.positive !== true || !date || date < from || date > ctx.asOf)
      continue;
    out.push({
      evidence: { resourceType: 'Observation', id: o.id, display: `${o.display}: ${o.valueText}`, date },
      undated: false,
    });
  }
  return [...out, ...datedConditions(ctx, 'breastfeeding', from)];
}

function datedConditions(ctx: Ctx, kind: ConditionKind, from: IsoDate): Dated[] {
  return conditionsOf(ctx, kind)
    .filter((c) => {
      const onset = toIsoDate(c.onset);
      const recorded = toIsoDate(c.recorded);
      if (!onset && !recorded) return true;
      return [onset, recorded].some((d) => d !== undefined && d >= from && d <= ctx.asOf);
    })
    .map((c) => ({ evidence: conditionEvidence(c), undated: !conditionDate(c) }));
}

/** The one `data.codes-searched` note: what was looked for when a condition finding is absent. */
export const CODES_SEARCHED =
  'Conditions were searched by exact code (no SNOMED hierarchy) or name: ALS (ICD-10-CM G12.21, ' +
  'ICD-10 G12.2, SNOMED 86044005); ' +
  'interstitial lung disease (SNOMED 233703007, 37471005; ICD-10-CM J84.x, J67.x, J70.2–J70.4); ' +
  'liver disease (SNOMED 235856003, 19943007; ICD-10-CM K70–K77, B18.x; K76.0 fatty liver); ' +
  ('chronic kidney disease (ICD-10-CM N18.3x–N18.6, N18.9; SNOMED 709044004); pregnancy (SNOMED ' +
    '77386006; ICD-10-CM Z33.1, Z34.x, Z3A.x, O09–O48; LOINC 82810-3); ') +
  ('breast-feeding (SNOMED 413712001; ICD-10-CM Z39.1); acute pancreatitis (ICD-10-CM K85.x); ' +
    'riluzole allergy by code or name.');
