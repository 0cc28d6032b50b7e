/** A FhirGateway over the real fhirclient browser entry, as after a launch (stack-notes.md). */
import type { FhirGateway } from '../../../src/fhir/queries/fhir-gateway';
import { gatewayFromToken } from '../../../src/smart/fhirclient';
import { ACCESS_TOKEN, FHIR_BASE } from './fhir-server';

export const V2_SCOPES =
  'launch openid fhirUser online_access patient/Patient.rs patient/Observation.rs patient/MedicationRequest.rs patient/MedicationStatement.rs patient/Medication.rs patient/Condition.rs patient/AllergyIntolerance.rs';

export function testGateway(
  patientId: string,
  scope: string = V2_SCOPES,
  extra: Record<string, unknown> = {},
): FhirGateway {
  return gatewayFromToken(FHIR_BASE, {
    access_token: ACCESS_TOKEN,
    token_type: 'bearer',
    patient: patientId,
    scope,
    ...extra,
  });
}
