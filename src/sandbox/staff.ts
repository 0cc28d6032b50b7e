/**
 * The sandbox EHR's staff: the one user every sandbox sign-in stands for (a sandbox auto-approves),
 * the `fhirUser` of its id_tokens. Synthetic, like the patients.
 */
import type { Practitioner } from '@medplum/fhirtypes';

export const SANDBOX_NURSE: Practitioner = {
  resourceType: 'Practitioner',
  id: 'sandbox-nurse-alex-morgan',
  active: true,
  name: [{ use: 'official', text: 'Nurse Alex Morgan', given: ['Alex'], family: 'Morgan', suffix: ['RN'] }],
  qualification: [{ code: { text: 'Registered nurse, ALS clinic' } }],
};

export const SANDBOX_NURSE_NAME = 'Nurse Alex Morgan';
