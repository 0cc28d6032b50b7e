/** Condition (spec §2 kinds, counts, dates) and AllergyIntolerance (riluzole) → records. */
import type { AllergyRecord, ConditionKind, ConditionRecord, DataNote } from '../../rules/types';
import {
  ALS_CODES,
  ALS_EXCLUDED_CODES,
  ALS_NAMES,
  BREASTFEEDING_CONDITION_CODES,
  CKD_CODES,
  type ConditionCode,
  containsAnyName,
  FATTY_LIVER_CODES,
  ILD_CODES,
  ILD_EXCLUDED_CODES,
  ILD_EXCLUDED_NAMES,
  ILD_NAMES,
  inCodeSet,
  LIVER_DISEASE_CODES,
  PANCREATITIS_CODES,
  PREGNANCY_CODES,
  RILUZOLE_NAMES,
  RILUZOLE_RXNORM_CODES,
  SYSTEM,
} from '../codes';
import { firstDate, partialNote } from './dates';
import { canonicalSystem, codesIn, codings, conceptTexts, obj, objs, str, type Coding, type Json } from './json';

const KIND_CODES: readonly [ConditionKind, readonly ConditionCode[]][] = [
  ['als', ALS_CODES],
  ['ild', ILD_CODES],
  ['liver-disease', LIVER_DISEASE_CODES],
  ['fatty-liver', FATTY_LIVER_CODES],
  ['ckd', CKD_CODES],
  ['pregnancy', PREGNANCY_CODES],
  ['breastfeeding', BREASTFEEDING_CONDITION_CODES],
  ['pancreatitis', PANCREATITIS_CODES],
];
/** A kind that may also be recognised by name, and what rules the name out (spec §2). */
interface NameRule {
  readonly kind: ConditionKind;
  readonly names: readonly string[];
  /** A coding in this set says the condition is something else; its text cannot overrule that. */
  readonly excludedCodes: readonly ConditionCode[];
  /** A text naming one of these is never read as this kind, whatever else it names. */
  readonly excludedNames: readonly string[];
}
const NAME_RULES: readonly NameRule[] = [
  { kind: 'als', names: ALS_NAMES, excludedCodes: ALS_EXCLUDED_CODES, excludedNames: [] },
  { kind: 'ild', names: ILD_NAMES, excludedCodes: ILD_EXCLUDED_CODES, excludedNames: ILD_EXCLUDED_NAMES },
];

/**
 * Does the rule's name occur in a text, with no coding or text that rules it out? A G12.20 coded
 * "suspected amyotrophic lateral sclerosis" is a motor neuron disease the spec says does not count.
 */
function matchesByName(rule: NameRule, cs: readonly Coding[], texts: readonly string[]): boolean {
  if (cs.some((c) => inCodeSet(canonicalSystem(c.system), c.code, rule.excludedCodes))) return false;
  return texts.some((t) => containsAnyName([t], rule.names) && !containsAnyName([t], rule.excludedNames));
}

const NOT_COUNTING_CLINICAL = ['inactive', 'resolved', 'remission'];
const NOT_COUNTING_VERIFICATION = ['refuted', 'entered-in-error'];

/** False when clinicalStatus is inactive/resolved/remission or verificationStatus refuted/entered-in-error. */
export function counts(r: Json): boolean {
  const statusCodes = (key: string): string[] => {
    const cc = obj(r, key);
    return [...codings(cc).map((c) => c.code ?? ''), str(cc, 'text') ?? ''].map((s) => s.toLowerCase());
  };
  return (
    !statusCodes('clinicalStatus').some((c) => NOT_COUNTING_CLINICAL.includes(c)) &&
    !statusCodes('verificationStatus').some((c) => NOT_COUNTING_VERIFICATION.includes(c))
  );
}

/**
 * The spec §2 kinds of a Condition code: exact codes and ICD-10 ranges, else the listed names. A
 * kind is not matched by name when a coding is one of its excluded codes (G12.20, G12.29 for ALS;
 * J69.0 for ILD), nor from a text naming aspiration pneumonitis (ILD).
 * @param code - the Condition's `code` (a CodeableConcept, or anything: it is narrowed here)
 * @returns every kind, and the subset found by name only (`data.matched-by-name`)
 */
export function conditionKinds(code: unknown): { kinds: ConditionKind[]; byName: ConditionKind[] } {
  const kinds: ConditionKind[] = [];
  const cs = codings(code);
  for (const c of cs) {
    const system = canonicalSystem(c.system);
    // K76.0 lies inside K70–K77 but is its own group: fatty liver alone is `caution` (spec §2).
    const fatty = inCodeSet(system, c.code, FATTY_LIVER_CODES);
    for (const [kind, set] of KIND_CODES) {
      if (fatty && kind === 'liver-disease') continue;
      if (!kinds.includes(kind) && inCodeSet(system, c.code, set)) kinds.push(kind);
    }
  }
  const order = KIND_CODES.map(([k]) => k);
  kinds.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const texts = conceptTexts(code);
  const byName = NAME_RULES.filter((rule) => !kinds.includes(rule.kind) && matchesByName(rule, cs, texts)).map(
    (rule) => rule.kind,
  );
  return { kinds: [...kinds, ...byName], byName };
}

/** A Condition record (every Condition is kept: the screen lists what was looked at). */
export function conditionRecord(r: Json, id: string): ConditionRecord {
  const { kinds, byName } = conditionKinds(r.code);
  const onset = firstDate(r.onsetDateTime, obj(r, 'onsetPeriod')?.start);
  const recorded = firstDate(r.recordedDate);
  const notes: DataNote[] = [
    ...partialNote(onset, 'Condition', id, 'Onset'),
    ...partialNote(recorded, 'Condition', id, 'Recorded date'),
  ];
  const texts = conceptTexts(r.code);
  const code = codings(r.code)[0]?.code;
  // As recorded: the status's code, else its text; none when not recorded (never assumed "active").
  const recordedStatus = (key: string): string | undefined => codings(obj(r, key))[0]?.code ?? str(obj(r, key), 'text');
  const clinicalStatus = recordedStatus('clinicalStatus');
  const verificationStatus = recordedStatus('verificationStatus');
  if (byName.length > 0) {
    notes.push({
      code: 'data.matched-by-name',
      detail: `Condition "${texts[0] ?? ''}" recognised by name as ${byName.join(', ')}.`,
      resourceType: 'Condition',
      id,
    });
  }
  return {
    resourceType: 'Condition',
    id,
    display: texts[0] ?? codings(r.code)[0]?.code ?? '(no code)',
    kinds,
    matchedByName: byName.length > 0,
    ...(code ? { code } : {}),
    ...(clinicalStatus ? { clinicalStatus } : {}),
    ...(verificationStatus ? { verificationStatus } : {}),
    counts: counts(r),
    ...(onset.date !== undefined ? { onset: onset.date } : {}),
    ...(recorded.date !== undefined ? { recorded: recorded.date } : {}),
    notes,
  };
}

/** An AllergyIntolerance record; riluzole by RxNorm code or by name in code or reaction substances. */
export function allergyRecord(r: Json, id: string): AllergyRecord {
  const concepts = [r.code, ...objs(r, 'reaction').map((x) => x.substance)];
  const texts = concepts.flatMap((c) => conceptTexts(c));
  const byCode = concepts.some((c) => codesIn(c, SYSTEM.rxnorm).some((code) => RILUZOLE_RXNORM_CODES.includes(code)));
  const type = str(r, 'type');
  const recorded = firstDate(r.recordedDate, r.onsetDateTime);
  // What a clinician asks first about an allergy: what happened, how bad, and is it confirmed.
  const reactions = objs(r, 'reaction').flatMap((x) => {
    const seen = objs(x, 'manifestation').flatMap((m) => conceptTexts(m).slice(0, 1));
    const severity = str(x, 'severity');
    return seen.length > 0 ? [`${seen.join(', ')}${severity ? ` (${severity})` : ''}`] : [];
  });
  const criticality = str(r, 'criticality');
  const verification = conceptTexts(r.verificationStatus)[0] ?? codings(r.verificationStatus)[0]?.code;
  return {
    resourceType: 'AllergyIntolerance',
    id,
    display: texts[0] ?? '(no code)',
    isRiluzole: byCode || containsAnyName(texts, RILUZOLE_NAMES),
    ...(type === 'allergy' || type === 'intolerance' ? { type } : {}),
    ...(reactions.length > 0 ? { reactions } : {}),
    ...(criticality ? { criticality } : {}),
    ...(verification ? { verification } : {}),
    counts: counts(r),
    ...(recorded.date !== undefined ? { recorded: recorded.date } : {}),
    notes: partialNote(recorded, 'AllergyIntolerance', id, 'Recorded date'),
  };
}
