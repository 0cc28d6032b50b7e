/** The three CDS services (CDS Hooks 2.0.1) and the discovery document that lists them. */
import { prefetchTemplates } from './prefetch-plan';

export type HookName = 'order-select' | 'order-sign' | 'patient-view';

export type ServiceId = 'riluzole-order-select' | 'riluzole-order-sign' | 'riluzole-patient-view';

export interface CdsServiceDefinition {
  readonly id: ServiceId;
  readonly hook: HookName;
  readonly title: string;
  readonly description: string;
  readonly prefetch: Readonly<Record<string, string>>;
  readonly usageRequirements: string;
}

const USAGE =
  'Send a JWT signed with a key of a JWKS the service has been configured to trust (cds.trustedIssuers). ' +
  'Configure the prefetch templates in the EHR, or send fhirServer and fhirAuthorization (patient-scoped ' +
  'read access to Patient, Observation, MedicationRequest, Medication, Condition, AllergyIntolerance).';

const ORDER_DESCRIPTION =
  'When riluzole is among the draft orders: the liver tests the label asks for before starting ' +
  '(ALT, AST, total bilirubin), contraindications and cautions, interactions and the daily dose, ' +
  'from the same rules as the Riluzole Monitor app. Answers with no card when riluzole is not ordered.';

export const SERVICES: readonly CdsServiceDefinition[] = [
  {
    id: 'riluzole-order-select',
    hook: 'order-select',
    title: 'Riluzole: checks before ordering',
    description: ORDER_DESCRIPTION,
    prefetch: prefetchTemplates(),
    usageRequirements: USAGE,
  },
  {
    id: 'riluzole-order-sign',
    hook: 'order-sign',
    title: 'Riluzole: checks before signing',
    description: ORDER_DESCRIPTION,
    prefetch: prefetchTemplates(),
    usageRequirements: USAGE,
  },
  {
    id: 'riluzole-patient-view',
    hook: 'patient-view',
    title: 'Riluzole: liver-test monitoring',
    description:
      'For a patient on a riluzole order: findings at the stop threshold, liver tests overdue or due, and ' +
      'data that could not be read. No card when monitoring is up to date or the patient is not on riluzole.',
    prefetch: prefetchTemplates(),
    usageRequirements: USAGE,
  },
];

export function findService(id: string): CdsServiceDefinition | undefined {
  return SERVICES.find((s) => s.id === id);
}

/** `GET /cds-services`. */
export function discoveryDocument(): { readonly services: readonly CdsServiceDefinition[] } {
  return { services: SERVICES };
}
