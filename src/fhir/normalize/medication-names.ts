/** Identifying a medication: codes, names, riluzole (spec §2), from a concept or a Medication. */
import { containsAnyName, RILUZOLE_NAMES, RILUZOLE_RXNORM, RILUZOLE_RXNORM_CODES, SYSTEM } from '../codes';
import type { MedicationSummary } from './items';
import { canonicalSystem, codings, conceptTexts, obj, objs, str, type Json } from './json';

export interface MedicationIdentity {
  readonly display: string;
  readonly names: readonly string[];
  readonly codes: readonly { readonly system?: string; readonly code: string }[];
  readonly isRiluzole: boolean;
}

/** Capitalises the first letter: RxNorm writes "riluzole 50 MG Oral Tablet". */
const clinical = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds an identity from the concepts and plain names found (first text or display = display). */
export function identity(concepts: readonly unknown[], extraNames: readonly string[] = []): MedicationIdentity {
  const texts = [...concepts.flatMap((cc) => conceptTexts(cc)), ...extraNames];
  const codes = concepts.flatMap((cc) =>
    codings(cc).flatMap((c) =>
      c.code !== undefined ? [{ ...(c.system ? { system: canonicalSystem(c.system) } : {}), code: c.code }] : [],
    ),
  );
  const names = [...new Set(texts.map((t) => t.toLowerCase()))];
  const byCode = codes.some((c) => c.system === SYSTEM.rxnorm && RILUZOLE_RXNORM_CODES.includes(c.code));
  // With codes only, a known riluzole code still gets its product name rather than a number.
  const known = RILUZOLE_RXNORM.find((r) => codes.some((c) => c.system === SYSTEM.rxnorm && c.code === r.code))?.name;
  return {
    display: clinical(texts[0] ?? known ?? codes.map((c) => c.code).join(', ')),
    names,
    codes,
    isRiluzole: byCode || containsAnyName(texts, RILUZOLE_NAMES),
  };
}

/** Merges two identities (a request's own text plus its Medication's). */
export function mergeIdentity(a: MedicationIdentity, b: MedicationIdentity): MedicationIdentity {
  return {
    display: b.display || a.display,
    names: [...new Set([...a.names, ...b.names])],
    codes: [...a.codes, ...b.codes],
    isRiluzole: a.isRiluzole || b.isRiluzole,
  };
}

/** A Medication resource as a summary: its code and every ingredient's concept or reference display. */
export function medicationSummary(m: Json, id: string): MedicationSummary {
  const ingredients = objs(m, 'ingredient');
  const concepts = [m.code, ...ingredients.map((i) => i.itemCodeableConcept)];
  const refNames = ingredients.flatMap((i) => {
    const d = str(obj(i, 'itemReference'), 'display');
    return d !== undefined ? [d] : [];
  });
  return { id, ...identity(concepts, refNames) };
}
