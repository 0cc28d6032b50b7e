/**
 * Unit conversion to each analyte's canonical unit (docs/clinical-spec.md §3).
 *
 * Two converters share one table of the spec's spellings. The table is consulted first by both, so
 * the browser (table only) and the command line (table + UCUM) give the same number for every
 * spelling the spec names (bilirubin µmol/L is ÷ 17.1 in both, as the spec says). UCUM then handles
 * any other valid UCUM unit, and only when it is commensurable with the canonical unit.
 */
import type { Analyte } from '../rules/types';
import { SYSTEM } from './codes';
import { quietly } from './quiet';
import { roundNoise, tableKey } from './unit-folding';

export { roundNoise, tableKey } from './unit-folding';

/** A Quantity's unit as FHIR gives it: `code` + `system` (UCUM when coded) and `unit` (free text). */
export interface UnitInput {
  readonly unit?: string;
  readonly code?: string;
  readonly system?: string;
}

export interface UnitConverter {
  /**
   * The value in the analyte's canonical unit, or undefined when the unit is not recognised (the
   * caller adds `data.unit-unrecognized`; the result is then not usable). Never throws.
   */
  toCanonical(analyte: Analyte, value: number, unit: UnitInput): number | undefined;
}

/** Canonical unit per analyte (UCUM codes, spec §3). */
export const CANONICAL_UNIT: Readonly<Record<Analyte, string>> = {
  alt: 'U/L',
  ast: 'U/L',
  alp: 'U/L',
  ggt: 'U/L',
  bilirubinTotal: 'mg/dL',
  bilirubinDirect: 'mg/dL',
  anc: '10*9/L',
  wbc: '10*9/L',
  neutrophilPct: '%',
  egfr: 'mL/min/{1.73_m2}',
  weight: 'kg',
  bmi: 'kg/m2',
  fvcPct: '%',
  temperature: 'Cel',
};

/** Bilirubin's molar mass, g/mol, for UCUM molar ↔ mass conversions other than the table's µmol/L. */
export const BILIRUBIN_MOLECULAR_WEIGHT = 584.66;
/** Spec §3: bilirubin µmol/L ÷ 17.1 = mg/dL. */
const BILIRUBIN_UMOL_PER_MG_DL = 17.1;
const LB_KG = 0.45359237;

type Convert = (v: number) => number;
const same: Convert = (v) => v;
const times =
  (k: number): Convert =>
  (v) =>
    v * k;
const fahrenheit: Convert = (v) => ((v - 32) * 5) / 9;

/** Spelling → conversion. A Map: a unit such as "constructor" must not find Object.prototype's (issue 8.1). */
type Table = ReadonlyMap<string, Convert>;
const table = (spellings: { readonly [spelling: string]: Convert }): Table => new Map(Object.entries(spellings));

const ENZYME: Table = table({
  'u/l': same,
  'iu/l': same,
  '[iu]/l': same,
  'units/l': same,
  'ukat/l': times(60),
  'nkat/l': times(0.06),
});
const BILIRUBIN: Table = table({
  'mg/dl': same,
  'umol/l': (v) => v / BILIRUBIN_UMOL_PER_MG_DL,
  'mg/l': (v) => v / 10,
});
const COUNT: Table = table({
  '10*9/l': same,
  '10*3/ul': same,
  '10*3/mm3': same,
  'k/ul': same,
  'thou/ul': same,
  'g/l': same,
  '/ul': (v) => v / 1000,
  'cells/ul': (v) => v / 1000,
  '{cells}/ul': (v) => v / 1000,
  '/mm3': (v) => v / 1000,
  'cells/mm3': (v) => v / 1000,
});
const PERCENT: Table = table({ '%': same });
const FVC: Table = table({ '%': same, '%pred': same, '%predicted': same });
const EGFR: Table = table({
  'ml/min/{1.73_m2}': same,
  'ml/min/1.73m2': same,
  'ml/min/1.73_m2': same,
  'ml/min/{1.73m2}': same,
  'ml/min/1.73m*2': same,
  'ml/min': same,
});
const WEIGHT: Table = table({
  kg: same,
  g: (v) => v / 1000,
  '[lb_av]': times(LB_KG),
  lb: times(LB_KG),
  lbs: times(LB_KG),
});
const BMI: Table = table({ 'kg/m2': same, 'kg/m*2': same });
const TEMPERATURE: Table = table({
  cel: same,
  '°c': same,
  degc: same,
  c: same,
  '[degf]': fahrenheit,
  '°f': fahrenheit,
  degf: fahrenheit,
  f: fahrenheit,
});

const TABLE: Readonly<Record<Analyte, Table>> = {
  alt: ENZYME,
  ast: ENZYME,
  alp: ENZYME,
  ggt: ENZYME,
  bilirubinTotal: BILIRUBIN,
  bilirubinDirect: BILIRUBIN,
  anc: COUNT,
  wbc: COUNT,
  neutrophilPct: PERCENT,
  egfr: EGFR,
  weight: WEIGHT,
  bmi: BMI,
  fvcPct: FVC,
  temperature: TEMPERATURE,
};

/**
 * The unit candidates of a Quantity, most trusted first. For UCUM: the code when its system is
 * UCUM (or absent), then the text. For the table, any code is a spelling too ("U/L" in a local system).
 */
export function unitCandidates(u: UnitInput, forUcum = true): string[] {
  const out: string[] = [];
  const codeOk = u.code !== undefined && (!forUcum || u.system === undefined || u.system === SYSTEM.ucum);
  if (codeOk && u.code?.trim()) out.push(u.code.trim());
  if (u.unit?.trim() && !out.includes(u.unit.trim())) out.push(u.unit.trim());
  return out;
}

/** The unit as a person would read it, for `originalUnit`. */
export function unitLabel(u: UnitInput): string {
  return u.unit?.trim() || u.code?.trim() || '';
}

/** Spec §3 FVC % predicted: "a value ≤ 2 with unit `1` or none is a fraction (× 100)". */
const FVC_FRACTION_MAX = 2;
const FVC_FRACTION_TO_PERCENT = 100;

/**
 * True when an FVC % predicted value with no unit of its own is a fraction (spec §3): 0 to
 * FVC_FRACTION_MAX. The lab reader asks before lending the value its range's unit, since a range
 * written in "%" says nothing about how the value was written.
 */
export function isFvcFraction(value: number): boolean {
  return value >= 0 && value <= FVC_FRACTION_MAX;
}

/** Spec §3: an FVC % predicted ≤ 2 with unit "1" or none is a fraction. */
function fvcFraction(value: number, candidates: readonly string[]): number | undefined {
  const unitless = candidates.length === 0 || candidates.every((c) => c === '1');
  return unitless && isFvcFraction(value) ? value * FVC_FRACTION_TO_PERCENT : undefined;
}

type UcumStep = (analyte: Analyte, value: number, from: string) => number | undefined;

function makeConverter(ucum?: UcumStep): UnitConverter {
  return {
    toCanonical(analyte, value, unit) {
      if (!Number.isFinite(value)) return undefined;
      // The spellings of unitCandidates(unit, false), without an array per call: code, then unit.
      const code = unit.code !== undefined ? unit.code?.trim() : undefined;
      const first = code ? code : undefined;
      const text = unit.unit?.trim();
      const second = text && text !== first ? text : undefined;
      if (analyte === 'fvcPct') {
        const frac = fvcFraction(
          value,
          [first, second].filter((c): c is string => c !== undefined),
        );
        if (frac !== undefined) return roundNoise(frac);
      }
      const spellings = TABLE[analyte];
      const f =
        (first !== undefined ? spellings.get(tableKey(first)) : undefined) ??
        (second !== undefined ? spellings.get(tableKey(second)) : undefined);
      if (f) return roundNoise(f(value));
      // Percentages are never left to UCUM: "1" or "{ratio}" would turn 65 into 6500 %.
      if (!ucum || CANONICAL_UNIT[analyte] === '%') return undefined;
      for (const c of unitCandidates(unit)) {
        const v = ucum(analyte, value, c);
        if (v !== undefined && Number.isFinite(v)) return roundNoise(v);
      }
      return undefined;
    },
  };
}

/** The spec §3 table only: small, synchronous, for the browser bundle. */
export const tableConverter: UnitConverter = makeConverter();

/**
 * The table plus the UCUM library (loaded with `import()` so the browser bundle can split it).
 * Resolves to the table converter alone if the library cannot be loaded.
 */
export async function loadUcumConverter(): Promise<UnitConverter> {
  try {
    const mod = await import('@lhncbc/ucum-lhc');
    const utils = quietly(() => (mod.UcumLhcUtils ?? mod.default?.UcumLhcUtils)?.getInstance());
    if (!utils) return tableConverter;
    return makeConverter((analyte, value, from) => {
      try {
        const isBili = analyte === 'bilirubinTotal' || analyte === 'bilirubinDirect';
        const options = isBili ? { molecularWeight: BILIRUBIN_MOLECULAR_WEIGHT } : undefined;
        // UCUM has no spaces: such a unit is not UCUM, and the library would print it (issue 8.6).
        if (/\s/.test(from)) return undefined;
        const r = quietly(() => utils.convertUnitTo(from, value, CANONICAL_UNIT[analyte], options));
        // A success with messages means the library guessed ("we assumed you meant ..."): refuse.
        const clean = r.status === 'succeeded' && typeof r.toVal === 'number' && r.msg.length === 0;
        return clean ? (r.toVal ?? undefined) : undefined;
      } catch {
        return undefined;
      }
    });
  } catch {
    return tableConverter;
  }
}
