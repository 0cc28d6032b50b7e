/** Which analyte an Observation (or component) code names: LOINC first, else a local name. */
import { ANALYTES, type Analyte } from '../../rules/types';
import {
  ANALYTE_LOINC,
  ANALYTE_NAMES,
  containsAnyName,
  containsName,
  NEUTROPHIL_BAND_LOINC,
  NEUTROPHIL_SEGMENTED_LOINC,
  SYSTEM,
  withoutNames,
} from '../codes';
import { codesIn, conceptTexts } from './json';

export interface AnalyteMatch {
  readonly analyte: Analyte;
  /** Segmented or band neutrophils, summed later into neutrophil %. */
  readonly part?: 'segmented' | 'band';
  /** The display or text that matched, when found by name (`data.matched-by-name`). */
  readonly byName?: string;
}

const BY_LOINC = new Map<string, AnalyteMatch>([
  ...ANALYTES.flatMap((a) => ANALYTE_LOINC[a].map((code): [string, AnalyteMatch] => [code, { analyte: a }])),
  [NEUTROPHIL_SEGMENTED_LOINC, { analyte: 'neutrophilPct', part: 'segmented' }],
  [NEUTROPHIL_BAND_LOINC, { analyte: 'neutrophilPct', part: 'band' }],
]);

/** The analyte of one LOINC code exactly as listed (no trimming, no aliases), for the fast lab path. */
export function analyteOfLoinc(code: string): AnalyteMatch | undefined {
  return BY_LOINC.get(code);
}

/** An analyte whose local names occur in a concept's texts, with the names that occurred. */
interface NameHit {
  readonly analyte: Analyte;
  readonly names: readonly string[];
}

function nameHits(texts: readonly string[]): NameHit[] {
  const out: NameHit[] = [];
  for (const analyte of ANALYTES) {
    const names = ANALYTE_NAMES[analyte].filter((n) => texts.some((t) => containsName(t, n)));
    if (names.length > 0) out.push({ analyte, names });
  }
  return out;
}

/**
 * True when `inner` occurs only inside longer names of `outer` that contain its name: the WBC
 * name "Leukocytes" inside "Neutrophils/100 leukocytes" is part of the neutrophil % name, not a
 * second test. A text naming both on their own ("WBC, neutrophils/100 leukocytes") stays ambiguous.
 */
function occursOnlyInside(inner: NameHit, outer: NameHit, texts: readonly string[]): boolean {
  const wider = outer.names.filter((o) => inner.names.some((i) => o.length > i.length && containsName(o, i)));
  if (wider.length === 0) return false;
  return !containsAnyName(
    texts.map((t) => withoutNames(t, wider)),
    inner.names,
  );
}

/**
 * The analyte of a CodeableConcept. A concept with a LOINC coding is judged on LOINC alone (an
 * unlisted LOINC is another test, whatever its text says); only a concept with no LOINC at all is
 * matched by name, and only when exactly one analyte's names occur in it ("AST/ALT ratio" is none),
 * not counting a name that occurs only inside a longer, more specific name of another analyte.
 * @param code - an Observation's or component's `code` (narrowed here)
 */
export function identifyAnalyte(code: unknown): AnalyteMatch | undefined {
  const loinc = codesIn(code, SYSTEM.loinc);
  for (const c of loinc) {
    const m = BY_LOINC.get(c);
    if (m) return m;
  }
  if (loinc.length > 0) return undefined;
  const texts = conceptTexts(code);
  if (texts.length === 0) return undefined;
  const hits = nameHits(texts);
  const specific = hits.filter(
    (inner) => !hits.some((outer) => outer !== inner && occursOnlyInside(inner, outer, texts)),
  );
  const only = specific.length === 1 ? specific[0] : undefined;
  // "SGPT" as display and text is one name, not "SGPT / SGPT".
  const distinct = [...new Map(texts.map((t) => [t.trim().toLowerCase(), t.trim()])).values()];
  return only ? { analyte: only.analyte, byName: distinct.join(' / ') } : undefined;
}
