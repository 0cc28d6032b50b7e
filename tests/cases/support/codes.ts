/**
 * Code systems and the coded concepts the case files use (spec §2). Written out by hand from the
 * spec, not imported from src/fhir: the cases must stay an independent check.
 */
import type { Coding } from '@medplum/fhirtypes';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const UCUM = 'http://unitsofmeasure.org';
/** An Epic-style local lab code system (spec §2 "a lab with no LOINC but a local code"). */
export const EPIC_LOCAL_LAB = 'urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.1234';

/** One coded concept: `system`, `code`, `display`. */
export type Concept = Required<Pick<Coding, 'system' | 'code' | 'display'>>;

const icd = (code: string, display: string): Concept => ({ system: ICD10CM, code, display });
const sct = (code: string, display: string): Concept => ({ system: SNOMED, code, display });

export const DX = {
  als: icd('G12.21', 'Amyotrophic lateral sclerosis'),
  alsWho: { system: ICD10, code: 'G12.2', display: 'Motor neuron disease' },
  alsSnomed: sct('86044005', 'Amyotrophic lateral sclerosis'),
  otherMnd: icd('G12.29', 'Other motor neuron disease'),
  mndUnspecified: icd('G12.20', 'Motor neuron disease, unspecified'),
  ipf: icd('J84.112', 'Idiopathic pulmonary fibrosis'),
  ildUnspecified: icd('J84.9', 'Interstitial pulmonary disease, unspecified'),
  aspirationPneumonitis: icd('J69.0', 'Pneumonitis due to inhalation of food and vomit'),
  cirrhosis: icd('K74.60', 'Unspecified cirrhosis of liver'),
  hepatitisC: icd('B18.2', 'Chronic viral hepatitis C'),
  fattyLiver: icd('K76.0', 'Fatty (change of) liver, not elsewhere classified'),
  ckd3: icd('N18.30', 'Chronic kidney disease, stage 3 unspecified'),
  ckd4: icd('N18.4', 'Chronic kidney disease, stage 4 (severe)'),
  pregnancySupervision: icd(
    'Z34.90',
    'Encounter for supervision of normal pregnancy, unspecified, unspecified trimester',
  ),
  pregnantState: sct('77386006', 'Pregnant'),
  lactation: icd('Z39.1', 'Encounter for care and examination of lactating mother'),
  pancreatitis: icd('K85.90', 'Acute pancreatitis without necrosis or infection, unspecified'),
  hypertension: icd('I10', 'Essential (primary) hypertension'),
  dysphagia: icd('R13.12', 'Dysphagia, oropharyngeal phase'),
} as const satisfies Record<string, Concept>;

/** A lab or vital analyte: its LOINC, a display, the usual unit and the usual reference range. */
export interface AnalyteDef {
  /** Short tag used in resource ids, e.g. "alt" in "hys-law-alt-3". */
  readonly tag: string;
  readonly loinc: string;
  readonly display: string;
  readonly unit: string;
  readonly category: 'laboratory' | 'vital-signs' | 'exam';
  readonly refLow?: number;
  readonly refHigh?: number;
}

export const AN = {
  alt: {
    tag: 'alt',
    loinc: '1742-6',
    display: 'ALT [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    category: 'laboratory',
    refLow: 7,
    refHigh: 40,
  },
  ast: {
    tag: 'ast',
    loinc: '1920-8',
    display: 'AST [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    category: 'laboratory',
    refLow: 10,
    refHigh: 40,
  },
  bili: {
    tag: 'tbil',
    loinc: '1975-2',
    display: 'Bilirubin.total [Mass/volume] in Serum or Plasma',
    unit: 'mg/dL',
    category: 'laboratory',
    refLow: 0.2,
    refHigh: 1.2,
  },
  dbil: {
    tag: 'dbil',
    loinc: '1968-7',
    display: 'Bilirubin.direct [Mass/volume] in Serum or Plasma',
    unit: 'mg/dL',
    category: 'laboratory',
    refLow: 0,
    refHigh: 0.3,
  },
  alp: {
    tag: 'alp',
    loinc: '6768-6',
    display: 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    category: 'laboratory',
    refLow: 40,
    refHigh: 120,
  },
  ggt: {
    tag: 'ggt',
    loinc: '2324-2',
    display: 'Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    category: 'laboratory',
    refLow: 8,
    refHigh: 50,
  },
  anc: {
    tag: 'anc',
    loinc: '751-8',
    display: 'Neutrophils [#/volume] in Blood by Automated count',
    unit: '10*3/uL',
    category: 'laboratory',
    refLow: 1.5,
    refHigh: 8,
  },
  neutPct: {
    tag: 'neutpct',
    loinc: '770-8',
    display: 'Neutrophils/100 leukocytes in Blood by Automated count',
    unit: '%',
    category: 'laboratory',
    refLow: 40,
    refHigh: 75,
  },
  wbc: {
    tag: 'wbc',
    loinc: '6690-2',
    display: 'Leukocytes [#/volume] in Blood by Automated count',
    unit: '10*3/uL',
    category: 'laboratory',
    refLow: 4,
    refHigh: 11,
  },
  egfr: {
    tag: 'egfr',
    loinc: '98979-8',
    display:
      'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
    unit: 'mL/min/{1.73_m2}',
    category: 'laboratory',
    refLow: 60,
  },
  weight: { tag: 'weight', loinc: '29463-7', display: 'Body weight', unit: 'kg', category: 'vital-signs' },
  bmi: {
    tag: 'bmi',
    loinc: '39156-5',
    display: 'Body mass index (BMI) [Ratio]',
    unit: 'kg/m2',
    category: 'vital-signs',
  },
  fvc: {
    tag: 'fvc',
    loinc: '19872-1',
    display: 'Forced vital capacity [Volume] Respiratory --post bronchodilation/predicted',
    unit: '%',
    category: 'exam',
  },
  temp: { tag: 'temp', loinc: '8310-5', display: 'Body temperature', unit: 'Cel', category: 'vital-signs' },
} as const satisfies Record<string, AnalyteDef>;

/** Units written as UCUM codes; a unit not listed here is sent as free text (Cerner style). */
export const UCUM_CODE: Readonly<Record<string, string>> = {
  'U/L': 'U/L',
  'IU/L': '[IU]/L',
  '[IU]/L': '[IU]/L',
  'µkat/L': 'ukat/L',
  'ukat/L': 'ukat/L',
  'nkat/L': 'nkat/L',
  'mg/dL': 'mg/dL',
  'mg/L': 'mg/L',
  'µmol/L': 'umol/L',
  'umol/L': 'umol/L',
  '10*9/L': '10*9/L',
  '10*3/uL': '10*3/uL',
  '/uL': '/uL',
  '%': '%',
  '1': '1',
  kg: 'kg',
  g: 'g',
  '[lb_av]': '[lb_av]',
  'kg/m2': 'kg/m2',
  'mL/min/{1.73_m2}': 'mL/min/{1.73_m2}',
  Cel: 'Cel',
  '[degF]': '[degF]',
};
