/**
 * What every rule module receives: the data, the pinned date, the policy, the settings, the
 * prepared lab index, and a sink for data notes. Also the small helpers that build findings.
 */
import { numberText, unitText, valueText } from './display';
import type { Interval } from './interval';
import type { Limit } from './uln';
import type {
  Analyte,
  ClinicalData,
  Comparator,
  DataNoteCode,
  Evidence,
  Finding,
  FindingCode,
  IsoDate,
  LabRecord,
  LabResult,
  Policy,
  Settings,
  Severity,
} from './types';

/** One usable, dated result prepared for the rules. */
export interface Lab {
  readonly record: LabRecord;
  readonly analyte: Analyte;
  readonly date: IsoDate;
  readonly value: number;
  readonly comparator?: Comparator;
  /** What the value and its comparator allow, in the canonical unit. */
  readonly valueIv: Interval;
  readonly limit?: Limit;
  /** value / ULN (6 decimals), ULN analytes only. */
  readonly multiple?: number;
  /** What the comparator allows, as ×ULN. */
  readonly multipleIv?: Interval;
  readonly result: LabResult;
}

export type LabIndex = Readonly<Record<Analyte, readonly Lab[]>>;

export interface Ctx {
  readonly data: ClinicalData;
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly settings: Settings;
  /** Usable results dated on or before asOf, per analyte, newest first (worse first on a tie). */
  readonly labs: LabIndex;
  /** Add a data note (de-duplicated at the end). */
  readonly note: (
    code: DataNoteCode,
    detail: string,
    ref?: { readonly resourceType: string; readonly id: string },
  ) => void;
}

/** Build a Finding; rule modules never construct the object by hand. */
export function makeFinding(
  code: FindingCode,
  severity: Severity,
  title: string,
  detail: string,
  evidence: readonly Evidence[],
  source: string,
): Finding {
  return { code, severity, title, detail, evidence, source };
}

/** The Evidence fields of a lab result (without the LabResult extras). */
export function evidenceOf(lab: Lab): Evidence {
  const r = lab.result;
  const e: { -readonly [K in keyof Evidence]: Evidence[K] } = {
    resourceType: r.resourceType,
    id: r.id,
    display: r.display,
  };
  if (r.value !== undefined) e.value = r.value;
  if (r.comparator !== undefined) e.comparator = r.comparator;
  if (r.unit !== undefined) e.unit = r.unit;
  if (r.date !== undefined) e.date = r.date;
  if (r.uln !== undefined) e.uln = r.uln;
  if (r.ulnSource !== undefined) e.ulnSource = r.ulnSource;
  if (r.multipleOfUln !== undefined) e.multipleOfUln = r.multipleOfUln;
  if (r.grade !== undefined) e.grade = r.grade;
  return e;
}

/** A unit as people write it (the display module's words, so rules and screens agree). */
export function unitWords(unit: string): string {
  return unitText(unit);
}

/** A number without float noise (212, 0.68, 1.234). */
export function num(v: number): string {
  return numberText(v);
}

const ANALYTE_WORDS: Readonly<Record<Analyte, string>> = {
  alt: 'ALT',
  ast: 'AST',
  bilirubinTotal: 'Total bilirubin',
  bilirubinDirect: 'Direct bilirubin',
  alp: 'ALP',
  ggt: 'GGT',
  anc: 'ANC',
  wbc: 'WBC',
  neutrophilPct: 'Neutrophils',
  egfr: 'eGFR',
  weight: 'Weight',
  bmi: 'BMI',
  fvcPct: 'FVC',
  temperature: 'Temperature',
};

/** The analyte's name in a sentence. */
export function analyteWords(a: Analyte): string {
  return ANALYTE_WORDS[a];
}

/** "212 U/L" or "<5 U/L" (spec §1 "Display": a comparator is always shown). */
export function valueWords(lab: Lab): string {
  return valueText(lab.value, lab.record.unit, lab.comparator);
}
