/**
 * Narrowing helpers for untrusted JSON. Every reader of a FHIR field goes through these, so a
 * missing or mistyped field becomes `undefined` instead of an exception.
 */
import { SYSTEM } from '../codes';

export type Json = Readonly<Record<string, unknown>>;

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object at `o[key]`, or undefined. */
export const obj = (o: unknown, key: string): Json | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  return isObj(v) ? v : undefined;
};

/** The array at `o[key]` (objects only), or []. */
export const objs = (o: unknown, key: string): Json[] => {
  const v = isObj(o) ? o[key] : undefined;
  return Array.isArray(v) ? v.filter(isObj) : [];
};

/** A non-empty trimmed string at `o[key]`, or undefined. */
export const str = (o: unknown, key: string): string | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t !== '' ? t : undefined;
};

/** A finite number at `o[key]`, or undefined. */
export const num = (o: unknown, key: string): number | undefined => {
  const v = isObj(o) ? o[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

export interface Coding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

/** The codings of a CodeableConcept. */
export const codings = (cc: unknown): Coding[] =>
  objs(cc, 'coding').map((c) => ({ system: str(c, 'system'), code: str(c, 'code'), display: str(c, 'display') }));

/** The raw `coding` array of a CodeableConcept, or [] (hot readers loop over it without copying). */
const rawCodings = (cc: unknown): readonly unknown[] => {
  const v = isObj(cc) ? cc.coding : undefined;
  return Array.isArray(v) ? v : [];
};

/** Every display and the text of a CodeableConcept, as written. */
export const conceptTexts = (cc: unknown): string[] => {
  const text = str(cc, 'text');
  const out: string[] = text !== undefined ? [text] : [];
  for (const c of rawCodings(cc)) {
    const display = isObj(c) ? str(c, 'display') : undefined;
    if (display !== undefined) out.push(display);
  }
  return out;
};

const LOINC_ALIASES = new Set<string>([SYSTEM.loinc, 'http://loinc.org/', 'urn:oid:2.16.840.1.113883.6.1']);
const SNOMED_ALIASES = new Set<string>([SYSTEM.snomed, 'http://snomed.info/sct/', 'urn:oid:2.16.840.1.113883.6.96']);
const RXNORM_ALIASES = new Set<string>([SYSTEM.rxnorm, 'urn:oid:2.16.840.1.113883.6.88']);

/** The system a coding means, folding the aliases real EHRs send (OIDs, trailing slash). */
export const canonicalSystem = (system: string | undefined): string | undefined => {
  if (system === undefined) return undefined;
  if (LOINC_ALIASES.has(system)) return SYSTEM.loinc;
  if (SNOMED_ALIASES.has(system)) return SYSTEM.snomed;
  if (RXNORM_ALIASES.has(system)) return SYSTEM.rxnorm;
  return system;
};

/** The codes of `cc` in `system` (aliases folded). */
export const codesIn = (cc: unknown, system: string): string[] => {
  // A loop, not codings().filter().map(): every Observation of a bulk export passes here twice.
  const out: string[] = [];
  for (const c of rawCodings(cc)) {
    if (!isObj(c) || canonicalSystem(str(c, 'system')) !== system) continue;
    const code = str(c, 'code');
    if (code !== undefined) out.push(code);
  }
  return out;
};

const SLASH = 0x2f;

/** One compiled pattern per reference type: a bulk export resolves a reference on every record. */
const REFERENCE_PATTERNS = new Map<string, RegExp>();

/** The id at the end of a reference "Patient/x", "https://ehr/fhir/Patient/x/_history/2" or "urn:uuid:x". */
export function referenceId(ref: string | undefined, type: string): string | undefined {
  if (ref === undefined) return undefined;
  // The usual relative form "Type/id", read without a regex (the pattern below gives the same id).
  const head = type.length + 1;
  if (
    ref.length > head &&
    ref.charCodeAt(type.length) === SLASH &&
    ref.startsWith(type) &&
    ref.indexOf('/', head) === -1
  ) {
    return ref.slice(head);
  }
  let pattern = REFERENCE_PATTERNS.get(type);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|/)${type}/([^/]+)(?:/_history/[^/]+)?$`);
    REFERENCE_PATTERNS.set(type, pattern);
  }
  const m = pattern.exec(ref);
  if (m?.[1]) return m[1];
  return ref.startsWith('urn:uuid:') ? ref.slice('urn:uuid:'.length) : undefined;
}
