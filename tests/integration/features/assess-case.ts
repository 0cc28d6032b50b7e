/** Runs a case file through the real normaliser and rules, as the app does after its reads. */
import { normalizePatientResources } from '../../../src/fhir/normalize';
import { loadUcumConverter } from '../../../src/fhir/units';
import { assessRiluzole } from '../../../src/rules';
import type { Assessment, ClinicalData, Policy } from '../../../src/rules/types';
import { ALL_CASES, CASE_AS_OF, type ClinicalCase } from '../../cases';

export interface AssessedCase {
  readonly assessment: Assessment;
  readonly data: ClinicalData;
}

export function caseById(id: string): ClinicalCase {
  const c = ALL_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
}

export async function assessCase(c: ClinicalCase, policy: Policy = c.policy ?? 'us'): Promise<AssessedCase> {
  const { resources } = c.build(CASE_AS_OF);
  const data = normalizePatientResources(resources, { units: await loadUcumConverter() });
  return { data, assessment: assessRiluzole(data, { asOf: CASE_AS_OF, policy }) };
}
