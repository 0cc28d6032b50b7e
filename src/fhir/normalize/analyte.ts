/** Which analyte an Observation (or component) code names: LOINC first, else a local name. */
import { ANALYTES, type Analyte } from '../../rules/types';
import { ANALYTE_LOINC, ANALYTE_NAMES, containsAnyName, NEUTROPHIL_BAND_LOINC, NEUTROPHIL_SEGMENTED_LOINC, SYSTEM } from '../codes';
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

/**
 * The analyte of a CodeableConcept. A concept with a LOINC coding is judged on LOINC alone (an
 * unlisted LOINC is another test, whatever its text says); only a concept with no LOINC at all is
 * matched by name, and only when exactly one analyte's names occur in it ("AST/ALT ratio" is none).
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
  const hits = ANALYTES.filter((a) => containsAnyName(texts, ANALYTE_NAMES[a]));
  const only = hits.length === 1 ? hits[0] : undefined;
  return only ? { analyte: only, byName: texts.join(' / ') } : undefined;
}

