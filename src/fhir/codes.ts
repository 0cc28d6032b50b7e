/**
 * Every code set of docs/clinical-spec.md §2, as named constants. Codes are matched exactly
 * (no SNOMED hierarchy); ICD-10 "J84.x"-style entries are code ranges (see `IcdRange`).
 * Also the whole-word name matcher every module uses, so that "matched by name" means one thing.
 */
import type { Analyte } from '../rules/types';

/** Code systems as FHIR writes them. */
export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  ucum: 'http://unitsofmeasure.org',
} as const;

/** Neutrophils, segmented, % of leukocytes (added to band to give neutrophil %; spec §2). */
export const NEUTROPHIL_SEGMENTED_LOINC = '769-0';
/** Neutrophils, band, % of leukocytes (added to segmented to give neutrophil %; spec §2). */
export const NEUTROPHIL_BAND_LOINC = '764-1';

/**
 * LOINC codes per analyte (spec §2 table). `neutrophilPct` lists only the direct codes: the
 * segmented (769-0) and band (764-1) parts are separate constants above and are summed.
 */
export const ANALYTE_LOINC: Readonly<Record<Analyte, readonly string[]>> = {
  alt: ['1742-6', '1743-4', '1744-2', '76625-3', '77144-4'],
  ast: ['1920-8', '30239-8', '88112-8'],
  bilirubinTotal: ['1975-2', '14631-6', '42719-5', '54363-7', '77137-8'],
  bilirubinDirect: ['1968-7', '29760-6'],
  alp: ['6768-6'],
  ggt: ['2324-2'],
  anc: ['751-8', '753-4', '26499-4'],
  neutrophilPct: ['770-8', '26511-6', '23761-0'],
  wbc: ['6690-2', '26464-8', '804-5', '33256-9', '12227-5'],
  egfr: ['98979-8', '33914-3', '48642-3', '48643-1', '62238-1'],
  weight: ['29463-7'],
  bmi: ['39156-5'],
  fvcPct: ['19872-1'],
  temperature: ['8310-5', '8331-1', '8332-9', '8333-7', '8328-7'],
};

/** Every analyte LOINC code the app searches for, incl. segmented and band neutrophils. */
export const LAB_SEARCH_LOINC: readonly string[] = [
  ...Object.values(ANALYTE_LOINC).flat(),
  NEUTROPHIL_SEGMENTED_LOINC,
  NEUTROPHIL_BAND_LOINC,
];

/** Short labels a clinician recognises, used as `LabRecord.display`. */
export const ANALYTE_LABEL: Readonly<Record<Analyte, string>> = {
  alt: 'ALT',
  ast: 'AST',
  bilirubinTotal: 'Total bilirubin',
  bilirubinDirect: 'Direct bilirubin',
  alp: 'ALP',
  ggt: 'GGT',
  anc: 'ANC',
  neutrophilPct: 'Neutrophils %',
  wbc: 'WBC',
  egfr: 'eGFR',
  weight: 'Body weight',
  bmi: 'BMI',
  fvcPct: 'FVC % predicted',
  temperature: 'Body temperature',
};

/**
 * Local lab names, for results with no LOINC coding at all (spec §2: `data.matched-by-name`).
 * Matched whole-word, case-insensitive, on coding displays and `code.text`. A text matching two
 * analytes ("AST/ALT ratio") matches none, unless one analyte's name occurs only inside a longer
 * name of the other ("Leukocytes" inside "Neutrophils/100 leukocytes"): the longer name wins.
 * Plain "Bilirubin", "Neutrophils" and "Weight" are left out on purpose: they do not say which
 * analyte (total or direct, count or %, birth weight...).
 */
export const ANALYTE_NAMES: Readonly<Record<Analyte, readonly string[]>> = {
  alt: ['ALT', 'SGPT', 'ALAT', 'Alanine aminotransferase', 'Alanine transaminase', 'ALT (SGPT)'],
  ast: ['AST', 'SGOT', 'ASAT', 'Aspartate aminotransferase', 'Aspartate transaminase'],
  bilirubinTotal: [
    'Total bilirubin',
    'Bilirubin, total',
    'Bilirubin total',
    'Bilirubin.total',
    'TBIL',
    'T. bili',
    'T bili',
    'Total bili',
  ],
  bilirubinDirect: [
    'Direct bilirubin',
    'Bilirubin, direct',
    'Bilirubin direct',
    'Bilirubin.direct',
    'Conjugated bilirubin',
    'DBIL',
    'D. bili',
    'Direct bili',
  ],
  alp: ['ALP', 'ALKP', 'Alkaline phosphatase', 'Alk phos', 'Alk. phos.'],
  ggt: [
    'GGT',
    'GGTP',
    'Gamma GT',
    'Gamma-GT',
    'Gamma-glutamyl transferase',
    'Gamma glutamyl transferase',
    'Gamma-glutamyltransferase',
    'Gamma glutamyltransferase',
  ],
  anc: [
    'ANC',
    'Absolute neutrophil count',
    'Absolute neutrophils',
    'Neutrophils absolute',
    'Neutrophils, absolute',
    'Neutrophils #',
    'Neut #',
    'Neutrophil count',
  ],
  neutrophilPct: [
    'Neutrophils %',
    'Neutrophil %',
    'Neut %',
    'Neutrophils percent',
    'Neutrophils/100 leukocytes',
    'Neutrophils % of leukocytes',
  ],
  wbc: [
    'WBC',
    'White blood cell count',
    'White blood cells',
    'White cell count',
    'Leukocytes',
    'Leukocyte count',
    'WBC count',
  ],
  egfr: ['eGFR', 'Estimated GFR', 'Estimated glomerular filtration rate'],
  weight: ['Body weight'],
  bmi: ['BMI', 'Body mass index'],
  fvcPct: ['FVC % predicted', 'FVC %pred', 'FVC % pred', 'FVC percent predicted', 'Forced vital capacity % predicted'],
  temperature: ['Body temperature', 'Temperature', 'Temp'],
};

// --- Coded observations -----------------------------------------------------------------------

/** Tobacco smoking status (LOINC). */
export const SMOKING_STATUS_LOINC = '72166-2';
/** SNOMED answers meaning "current smoker" (every day, some days, heavy, light). */
export const CURRENT_SMOKER_SNOMED: readonly string[] = [
  '449868002',
  '428041000124106',
  '428071000124103',
  '428061000124105',
];
/** LOINC answer codes meaning "current smoker". */
export const CURRENT_SMOKER_LOINC_ANSWERS: readonly string[] = ['LA18976-3', 'LA18977-1', 'LA18981-3', 'LA18982-1'];

/** Pregnancy status (LOINC). */
export const PREGNANCY_STATUS_LOINC = '82810-3';
/** SNOMED: pregnant (as an Observation value, and as a Condition code). */
export const PREGNANT_SNOMED = '77386006';
/** SNOMED: not pregnant (Observation value). */
export const NOT_PREGNANT_SNOMED = '60001007';

/** SNOMED: breast-feeding (Observation code whose value must be read; or a Condition code). */
export const BREASTFEEDING_SNOMED = '413712001';
/** ICD-10-CM: lactating mother (Condition). */
export const BREASTFEEDING_ICD10CM = 'Z39.1';

/** SNOMED / HL7 yes-no answers for a breast-feeding Observation value. */
export const YES_ANSWER_CODES: readonly string[] = ['373066001', 'Y', 'LA33-6'];
export const NO_ANSWER_CODES: readonly string[] = ['373067005', 'N', 'LA32-8'];

/** The coded Observations to search for, as `system|code` tokens for a FHIR `code=` search. */
export const CODED_SEARCH_TOKENS: readonly string[] = [
  `${SYSTEM.loinc}|${SMOKING_STATUS_LOINC}`,
  `${SYSTEM.loinc}|${PREGNANCY_STATUS_LOINC}`,
  `${SYSTEM.snomed}|${BREASTFEEDING_SNOMED}`,
];

// --- Riluzole ---------------------------------------------------------------------------------

/** RxNorm codes that identify riluzole products (spec §2). */
export const RILUZOLE_RXNORM: readonly { readonly code: string; readonly name: string }[] = [
  { code: '199206', name: 'Riluzole 50 MG Oral Tablet' },
  { code: '2058147', name: 'Riluzole 5 MG/ML Oral Suspension' },
  { code: '2059266', name: 'Tiglutik (riluzole 5 MG/ML Oral Suspension)' },
  { code: '2675565', name: 'Teglutik (riluzole 5 MG/ML Oral Suspension)' },
];
/** Just the codes of `RILUZOLE_RXNORM`. */
export const RILUZOLE_RXNORM_CODES: readonly string[] = RILUZOLE_RXNORM.map((r) => r.code);
/** Names (whole word, case-insensitive) that identify riluzole in any display, text or ingredient. */
export const RILUZOLE_NAMES: readonly string[] = ['riluzole', 'Rilutek', 'Tiglutik', 'Teglutik', 'Exservan'];

// --- Conditions -------------------------------------------------------------------------------

/**
 * One entry of a condition code set. `code`: exact match. `from`/`to`: an ICD-10 range; the code,
 * upper-cased and without its dot, matches when its first `from.length` characters lie between
 * `from` and `to` (so `{from: 'J84', to: 'J84'}` is J84 and every J84.x; `{from: 'N183', to: 'N186'}`
 * is N18.3x to N18.6). Ranges never apply to SNOMED.
 */
export type ConditionCode =
  | { readonly system: string; readonly code: string }
  | { readonly system: string; readonly from: string; readonly to: string };

/** Both ICD-10 systems. The categories below mean the same in WHO ICD-10 and ICD-10-CM. */
const ICD = [SYSTEM.icd10cm, SYSTEM.icd10] as const;
const icdRange = (from: string, to: string = from): ConditionCode[] => ICD.map((system) => ({ system, from, to }));
const snomed = (...codes: string[]): ConditionCode[] => codes.map((code) => ({ system: SYSTEM.snomed, code }));

/**
 * ALS (spec §2): ICD-10-CM G12.21; G12.2 in WHO ICD-10 and in older ICD-10-CM records; SNOMED
 * 86044005. Exact codes only: G12.20 and G12.29 (other motor neuron disease) do not count.
 */
export const ALS_CODES: readonly ConditionCode[] = [
  { system: SYSTEM.icd10cm, code: 'G12.21' },
  { system: SYSTEM.icd10cm, code: 'G12.2' },
  { system: SYSTEM.icd10, code: 'G12.2' },
  ...snomed('86044005'),
];

/**
 * Spec §2 ALS: "G12.20 and G12.29 (other motor neuron disease) do not count". A Condition coded so
 * is a motor neuron disease that is not (yet) ALS: its text ("suspected amyotrophic lateral
 * sclerosis") must not turn it into ALS by name. Both ICD-10 systems, as a record may label either.
 */
export const ALS_EXCLUDED_CODES: readonly ConditionCode[] = ICD.flatMap((system) => [
  { system, code: 'G12.20' },
  { system, code: 'G12.29' },
]);

/** Interstitial lung disease: J84.x, J67.x, J70.2–J70.4; never J69.0 (aspiration pneumonitis). */
export const ILD_CODES: readonly ConditionCode[] = [
  ...snomed('233703007', '37471005'),
  ...icdRange('J84'),
  ...icdRange('J67'),
  ...icdRange('J702', 'J704'),
];

/**
 * Spec §2 ILD: "never 'aspiration pneumonitis' (J69.0, common in bulbar ALS)". A J69.0 Condition is
 * not ILD whatever its text adds ("with pulmonary fibrosis"), so its name is not matched either.
 */
export const ILD_EXCLUDED_CODES: readonly ConditionCode[] = ICD.map((system) => ({ system, code: 'J69.0' }));

/** Liver disease: K70–K77, B18.x; SNOMED 235856003, 19943007. A K76.0 coding is excluded (see FATTY_LIVER_CODES). */
export const LIVER_DISEASE_CODES: readonly ConditionCode[] = [
  ...snomed('235856003', '19943007'),
  ...icdRange('K70', 'K77'),
  ...icdRange('B18'),
];

/**
 * Fatty liver K76.0. A K76.0 coding gives the kind `fatty-liver` only (not `liver-disease`, though
 * K76.0 lies in K70–K77): fatty liver alone is `caution` under both policies (spec §2).
 */
export const FATTY_LIVER_CODES: readonly ConditionCode[] = icdRange('K760');

/** Chronic kidney disease: N18.3x–N18.6, N18.9; SNOMED 709044004. */
export const CKD_CODES: readonly ConditionCode[] = [
  ...snomed('709044004'),
  ...icdRange('N183', 'N186'),
  ...icdRange('N189'),
];

/** Pregnancy: SNOMED 77386006; Z33.1, Z34.x, Z3A.x, O09–O48. */
export const PREGNANCY_CODES: readonly ConditionCode[] = [
  ...snomed(PREGNANT_SNOMED),
  ...icdRange('Z331'),
  ...icdRange('Z34'),
  ...icdRange('Z3A'),
  ...icdRange('O09', 'O48'),
];

/** Breast-feeding as a Condition: ICD-10-CM Z39.1, SNOMED 413712001. */
export const BREASTFEEDING_CONDITION_CODES: readonly ConditionCode[] = [
  ...icdRange('Z391'),
  ...snomed(BREASTFEEDING_SNOMED),
];

/** Acute pancreatitis: K85.x. */
export const PANCREATITIS_CODES: readonly ConditionCode[] = icdRange('K85');

/** Names that identify ALS in a Condition's text (`data.matched-by-name`). */
export const ALS_NAMES: readonly string[] = ['amyotrophic lateral sclerosis'];
/** Names that identify ILD in a Condition's text (`data.matched-by-name`); see ILD_EXCLUDED_NAMES. */
export const ILD_NAMES: readonly string[] = ['interstitial lung', 'hypersensitivity pneumonitis', 'pulmonary fibrosis'];
/**
 * Spec §2 ILD: "never 'aspiration pneumonitis'". A text naming it is never read as ILD by name, even
 * when it also names a fibrosis ("Aspiration pneumonitis with pulmonary fibrosis"): "never" is read
 * per text, not per phrase. The Condition is still listed, so the clinician sees what was written.
 */
export const ILD_EXCLUDED_NAMES: readonly string[] = ['aspiration pneumonitis'];

// --- Name matching ----------------------------------------------------------------------------

/** Compiled name patterns: the command line matches names on every record of a bulk export. */
const NAME_PATTERNS = new Map<string, RegExp>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `text` contains `name` as a whole word (or phrase), case-insensitive. "Whole word"
 * means not preceded or followed by a letter or digit, so "ALT" matches "ALT [U/L]" and
 * "S-ALT" but not "SALT" or "Cobalt".
 */
export function containsName(text: string, name: string): boolean {
  let re = NAME_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}($|[^\\p{L}\\p{N}])`, 'iu');
    NAME_PATTERNS.set(name, re);
  }
  return re.test(text);
}

/** True when any of `texts` contains any of `names` as a whole word. */
export function containsAnyName(texts: readonly string[], names: readonly string[]): boolean {
  return texts.some((t) => names.some((n) => containsName(t, n)));
}

/** Global patterns for `withoutNames`, apart from NAME_PATTERNS (a global RegExp keeps state). */
const MASK_PATTERNS = new Map<string, RegExp>();

/**
 * `text` with every whole-word occurrence of `names` (as `containsName` finds them) replaced by a
 * space, to ask what the text still names once a longer, more specific name is accounted for.
 */
export function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    let re = MASK_PATTERNS.get(name);
    if (!re) {
      re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
      MASK_PATTERNS.set(name, re);
    }
    out = out.replace(re, ' ');
  }
  return out;
}

/** An ICD-10 code upper-cased, trimmed, without its dot: "j84.10 " → "J8410". */
export const normalizeIcd = (code: string): string => code.trim().toUpperCase().replace('.', '');

/**
 * True when the coding (`system`, `code`) is in `set`. Exact codes compare ICD-10 codes without
 * their dot and case (G12.21 = G1221), other systems as written; ranges apply to ICD-10 only.
 */
export function inCodeSet(
  system: string | undefined,
  code: string | undefined,
  set: readonly ConditionCode[],
): boolean {
  if (!system || !code) return false;
  const isIcd = system === SYSTEM.icd10cm || system === SYSTEM.icd10;
  const c = isIcd ? normalizeIcd(code) : code.trim();
  return set.some((entry) => {
    if (entry.system !== system) return false;
    if ('code' in entry) return (isIcd ? normalizeIcd(entry.code) : entry.code) === c;
    const head = c.slice(0, entry.from.length);
    return head.length === entry.from.length && head >= entry.from && head <= entry.to;
  });
}
