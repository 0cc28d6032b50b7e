/**
 * The FHIR reads the app makes at launch, as plain data: which request, for which screen label.
 * Built from the patient id, the EHR's query policy and the LOINC sets of clinical-spec §2.
 */
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

// clinical-spec §2: the codes searched outside the lab LOINC set.
const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
const SMOKING_STATUS = `${LOINC}|72166-2`;
const PREGNANCY_STATUS = `${LOINC}|82810-3`;
const BREASTFEEDING = `${SNOMED}|413712001`;
const FVC_PERCENT_PREDICTED = `${LOINC}|19872-1`;

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
  const obs = (query: string): string => `Observation?${pat}&${query}&${count}`;

  const labPrefix = `Observation?${pat}&code=`;
  const labSuffix = `${cat('laboratory')}&${count}`;
  const budget = MAX_URL_LENGTH - serverUrl.length - 1 - labPrefix.length - labSuffix.length;
  const chunks = chunkCodes(input.labLoinc.map((c) => enc(`${LOINC}|${c}`)), budget);

  const plan: ReadSpec[] = [
    { id: 'patient', label: 'Patient', resourceType: 'Patient', interaction: 'read', path: `Patient/${enc(patientId)}` },
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
      path: obs(`code=${codes([FVC_PERCENT_PREDICTED])}${cat('exam,laboratory,vital-signs')}`),
    },
    {
      id: 'medication-requests',
      label: 'Medication orders',
      resourceType: 'MedicationRequest',
      interaction: 'search',
      path: `MedicationRequest?${pat}&status=${MEDICATION_REQUEST_STATUSES}&_include=${enc('MedicationRequest:medication')}&${count}`,
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
    { id: 'conditions', label: 'Conditions', resourceType: 'Condition', interaction: 'search', path: `Condition?${pat}&${count}` },
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
export const RESOURCE_NOUNS: Readonly<Record<string, string>> = {
  Patient: 'the patient record',
  Observation: 'observations (lab results, vital signs, smoking and pregnancy status)',
  MedicationRequest: 'medication orders',
  MedicationStatement: 'medication statements',
  Medication: 'medication details',
  Condition: 'conditions',
  AllergyIntolerance: 'allergies',
};
