/**
 * The FHIR reads the app makes at launch, as plain data: which request, for which screen label.
 * Built from the patient id, the EHR's query policy and the LOINC sets of docs/clinical-spec.md §2.
 */
import { ANALYTE_LOINC, BREASTFEEDING_SNOMED, PREGNANCY_STATUS_LOINC, SMOKING_STATUS_LOINC, SYSTEM } from '../codes';
import type { QueryPolicy } from './query-policy';
import { chunkCodes } from './search-url';

export type ReadId =
  | 'patient'
  | `labs-loinc-${number}`
  | 'labs-category'
  | 'smoking'
  | 'pregnancy'
  | 'vital-signs'
  | 'fvc'
  | 'medication-requests'
  | 'medication-statements'
  | 'conditions'
  | 'allergies'
  | 'medications';

export interface ReadSpec {
  readonly id: ReadId;
  readonly label: string;
  readonly resourceType: string;
  /** `read` for `Patient/{id}`, `search` for everything else (decides the scope letter needed). */
  readonly interaction: 'read' | 'search';
  /** The first request, relative to the FHIR base. */
  readonly path: string;
}

// docs/clinical-spec.md §2: the codes searched outside the lab LOINC set, from the one code module.
const LOINC = SYSTEM.loinc;
const SMOKING_STATUS = `${LOINC}|${SMOKING_STATUS_LOINC}`;
const PREGNANCY_STATUS = `${LOINC}|${PREGNANCY_STATUS_LOINC}`;
const BREASTFEEDING = `${SYSTEM.snomed}|${BREASTFEEDING_SNOMED}`;
const FVC_PERCENT_PREDICTED: readonly string[] = ANALYTE_LOINC.fvcPct.map((c) => `${LOINC}|${c}`);

/**
 * Newest first, so a many-page read's first page is its most recent results. Observation only:
 * `date` is Observation's search parameter for `effective[x]`; the other resource types are read
 * whole and are small.
 */
const NEWEST_FIRST = '&_sort=-date';

/**
 * Every MedicationRequest status that can belong to a current or past riluzole course.
 * `cancelled` (withdrawn before any dose) and `entered-in-error` are left out on purpose; Epic
 * returns only active orders when no status is given, so the list is always sent.
 */
export const MEDICATION_REQUEST_STATUSES = 'active,on-hold,completed,stopped,unknown,draft';

/** Some EHRs reject long URLs; a GET search stays below this many characters. */
export const MAX_URL_LENGTH = 1800;

export interface PlanInput {
  readonly serverUrl: string;
  readonly patientId: string;
  readonly policy: QueryPolicy;
  /** LOINC codes of the lab search (LAB_SEARCH_LOINC), without system. */
  readonly labLoinc: readonly string[];
}

const enc = encodeURIComponent;

/** The reads started in parallel at launch (the Medication batch comes later, see medication-refs). */
export function buildReadPlan(input: PlanInput): readonly ReadSpec[] {
  const { serverUrl, patientId, policy } = input;
  const count = `_count=${policy.pageSize}`;
  const pat = `patient=${enc(patientId)}`;
  const cat = (values: string): string => (policy.labsNeedCategory ? `&category=${values}` : '');
  const codes = (list: readonly string[]): string => list.map(enc).join(',');
  const sort = policy.sortNewestFirst ? NEWEST_FIRST : '';
  const obs = (query: string): string => `Observation?${pat}&${query}${sort}&${count}`;

  const labPrefix = `Observation?${pat}&code=`;
  const labSuffix = `${cat('laboratory')}${sort}&${count}`;
  const budget = MAX_URL_LENGTH - serverUrl.length - 1 - labPrefix.length - labSuffix.length;
  const chunks = chunkCodes(
    input.labLoinc.map((c) => enc(`${LOINC}|${c}`)),
    budget,
  );

  const plan: ReadSpec[] = [
    {
      id: 'patient',
      label: 'Patient',
      resourceType: 'Patient',
      interaction: 'read',
      path: `Patient/${enc(patientId)}`,
    },
    ...chunks.map((chunk, i): ReadSpec => ({
      id: `labs-loinc-${i + 1}`,
      label: chunks.length > 1 ? `Lab results by LOINC code (part ${i + 1})` : 'Lab results by LOINC code',
      resourceType: 'Observation',
      interaction: 'search',
      path: `${labPrefix}${chunk}${labSuffix}`,
    })),
    {
      id: 'labs-category',
      label: 'All laboratory results (including local codes)',
      resourceType: 'Observation',
      interaction: 'search',
      path: obs('category=laboratory'),
    },
    {
      id: 'smoking',
      label: 'Smoking status',
      resourceType: 'Observation',
      interaction: 'search',
      path: obs(`code=${codes([SMOKING_STATUS])}${cat('social-history')}`),
    },
    {
      id: 'pregnancy',
      label: 'Pregnancy and breast-feeding status',
      resourceType: 'Observation',
      interaction: 'search',
      path: obs(`code=${codes([PREGNANCY_STATUS, BREASTFEEDING])}${cat('social-history,exam')}`),
    },
    {
      id: 'vital-signs',
      label: 'Vital signs (weight, BMI, temperature)',
      resourceType: 'Observation',
      interaction: 'search',
      path: obs('category=vital-signs'),
    },
    {
      // FVC is filed as exam, laboratory or vital sign depending on the EHR: search by code.
      id: 'fvc',
      label: 'Lung function (FVC % predicted)',
      resourceType: 'Observation',
      interaction: 'search',
      path: obs(`code=${codes(FVC_PERCENT_PREDICTED)}${cat('exam,laboratory,vital-signs')}`),
    },
    {
      id: 'medication-requests',
      label: 'Medication orders',
      resourceType: 'MedicationRequest',
      interaction: 'search',
      path:
        `MedicationRequest?${pat}&status=${MEDICATION_REQUEST_STATUSES}` +
        `&_include=${enc('MedicationRequest:medication')}&${count}`,
    },
  ];
  if (policy.hasMedicationStatement) {
    plan.push({
      id: 'medication-statements',
      label: 'Medication statements',
      resourceType: 'MedicationStatement',
      interaction: 'search',
      path: `MedicationStatement?${pat}&_include=${enc('MedicationStatement:medication')}&${count}`,
    });
  }
  plan.push(
    {
      id: 'conditions',
      label: 'Conditions',
      resourceType: 'Condition',
      interaction: 'search',
      path: `Condition?${pat}&${count}`,
    },
    {
      id: 'allergies',
      label: 'Allergies and intolerances',
      resourceType: 'AllergyIntolerance',
      interaction: 'search',
      path: `AllergyIntolerance?${pat}&${count}`,
    },
  );
  return plan;
}

/** What the not-granted message names, per resource type. */
export const RESOURCE_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Patient: 'the patient record',
    Observation: 'observations (lab results, vital signs, smoking and pregnancy status)',
    MedicationRequest: 'medication orders',
    MedicationStatement: 'medication statements',
    Medication: 'medication details',
    Condition: 'conditions',
    AllergyIntolerance: 'allergies',
  }),
);
