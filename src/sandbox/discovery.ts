import type { CapabilityStatement } from '@medplum/fhirtypes';
import { FAULT_TYPES } from './faults';

/** `.well-known/smart-configuration` for the sandbox (SMART App Launch 2.x). */
export function smartConfiguration(origin: string): Record<string, unknown> {
  return {
    issuer: `${origin}/sandbox/fhir`,
    authorization_endpoint: `${origin}/sandbox/auth/authorize`,
    token_endpoint: `${origin}/sandbox/auth/token`,
    // OpenID Connect: the keys of the id_tokens (`openid fhirUser`).
    jwks_uri: `${origin}/sandbox/auth/jwks.json`,
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS384', 'ES384'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types_supported: ['code'],
    scopes_supported: [
      'launch',
      'launch/patient',
      'openid',
      'fhirUser',
      'online_access',
      'offline_access',
      'patient/*.rs',
      'patient/*.read',
      'system/*.rs',
      'system/*.read',
    ],
    code_challenge_methods_supported: ['S256'],
    capabilities: [
      'launch-ehr',
      'launch-standalone',
      'context-ehr-patient',
      'context-standalone-patient',
      'client-public',
      'client-confidential-asymmetric',
      'permission-patient',
      'permission-offline',
      'permission-online',
      'permission-v1',
      'permission-v2',
      'sso-openid-connect',
    ],
  };
}

/** The search parameters the sandbox is known to answer for each type (all R4 ones work). */
const SEARCH: Record<string, readonly string[]> = {
  Patient: ['_id'],
  Observation: ['patient', 'subject', 'code', 'category', 'date', 'status'],
  MedicationRequest: ['patient', 'subject', 'status', 'intent', 'authoredon', 'code'],
  MedicationStatement: ['patient', 'subject', 'status', 'effective', 'code'],
  Medication: ['_id', 'code'],
  Condition: ['patient', 'subject', 'code', 'clinical-status', 'category'],
  AllergyIntolerance: ['patient', 'clinical-status', 'code'],
};

const TYPE: Record<string, 'token' | 'reference' | 'date'> = {
  patient: 'reference',
  subject: 'reference',
  date: 'date',
  authoredon: 'date',
  effective: 'date',
};

/** `metadata`: a CapabilityStatement, the discovery fallback older clients use. */
export function capabilityStatement(origin: string, today: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: today,
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    software: { name: 'Riluzole Monitor sandbox EHR' },
    implementation: { description: 'Sandbox FHIR R4 server (synthetic patients only)', url: `${origin}/sandbox/fhir` },
    rest: [
      {
        mode: 'server',
        security: {
          service: [
            {
              coding: [
                { system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' },
              ],
            },
          ],
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: `${origin}/sandbox/auth/authorize` },
                { url: 'token', valueUri: `${origin}/sandbox/auth/token` },
              ],
            },
          ],
        },
        resource: FAULT_TYPES.map((type) => ({
          type,
          interaction: [{ code: 'read' as const }, { code: 'search-type' as const }],
          searchInclude: type === 'MedicationRequest' ? ['MedicationRequest:medication'] : undefined,
          searchParam: (SEARCH[type] ?? []).map((name) => ({ name, type: TYPE[name] ?? 'token' })),
        })),
      },
    ],
  };
}
