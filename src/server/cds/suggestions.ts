/** The card suggestion for a missing baseline: order ALT, AST and total bilirubin (issue 10). */
import { ANALYTE_LABEL, ANALYTE_LOINC, SYSTEM } from '../../fhir/codes';
import type { Action, Suggestion } from './card-types';

const TESTS = ['alt', 'ast', 'bilirubinTotal'] as const;

function serviceRequest(patientId: string, analyte: (typeof TESTS)[number]): Record<string, unknown> {
  const code = ANALYTE_LOINC[analyte][0] ?? '';
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'order',
    category: [{ coding: [{ system: SYSTEM.snomed, code: '108252007', display: 'Laboratory procedure' }] }],
    code: { coding: [{ system: SYSTEM.loinc, code, display: ANALYTE_LABEL[analyte] }], text: ANALYTE_LABEL[analyte] },
    subject: { reference: `Patient/${patientId}` },
  };
}

export function baselineLabsSuggestion(patientId: string, uuid: string): Suggestion {
  const actions: Action[] = TESTS.map((t) => ({
    type: 'create',
    description: `Order ${ANALYTE_LABEL[t]}`,
    resource: serviceRequest(patientId, t),
  }));
  return { label: 'Order ALT, AST and total bilirubin', uuid, isRecommended: true, actions };
}
