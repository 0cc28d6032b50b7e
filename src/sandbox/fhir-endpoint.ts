import type { Bundle, OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { FhirStore, FhirStoreResponse } from './fhir-store';
import { allows } from './scopes';
import type { Session } from './smart-auth';

const TINY_PAGE = 5;

function outcome(status: number, code: OperationOutcomeIssue['code'], text: string): FhirStoreResponse {
  const body: OperationOutcome = {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics: text }],
  };
  return { status, body };
}

const WARNING: OperationOutcome = {
  resourceType: 'OperationOutcome',
  issue: [
    {
      severity: 'warning',
      code: 'incomplete',
      diagnostics:
        'Results may not contain the entire record: some data is held in another system (sandbox fault mode).',
    },
  ],
};

/** The patient a search names through `patient` or `subject`, if any. */
function searchedPatient(params: URLSearchParams): string[] {
  return ['patient', 'subject', 'subject:Patient']
    .flatMap((k) => params.getAll(k))
    .flatMap((v) => v.split(','))
    .map((v) => v.replace(/^.*Patient\//, ''));
}

/**
 * A FHIR request made with a valid token: enforces the granted scope and the patient context
 * (a patient-scoped token reads one chart only), then applies the launch's fault modes.
 * @param url - path and query relative to the FHIR base
 */
export async function handleFhirRequest(
  store: FhirStore,
  session: Session,
  method: string,
  url: string,
  baseUrl: string,
): Promise<FhirStoreResponse> {
  const rel = url.replace(/^\/+/, '');
  const q = rel.indexOf('?');
  const segments = (q < 0 ? rel : rel.slice(0, q)).split('/').filter(Boolean);
  const params = new URLSearchParams(q < 0 ? '' : rel.slice(q + 1));
  const type = segments[0] ?? '';
  const isSearch = segments.length === 1;
  const { faults } = session;

  if (!/^[A-Z][A-Za-z]+$/.test(type)) return outcome(404, 'not-found', 'Unknown resource type.');
  if (type === faults.deniedType || !allows(session.scope, type, isSearch ? 's' : 'r')) {
    return outcome(403, 'forbidden', `The access token does not grant access to ${type}.`);
  }
  const otherPatient =
    (type === 'Patient' && segments.length > 1 && segments[1] !== session.patient) ||
    searchedPatient(params).some((p) => p !== session.patient);
  if (otherPatient) return outcome(403, 'forbidden', 'The access token is for another patient.');
  if (type === faults.serverErrorType) {
    return outcome(500, 'exception', `Internal error while reading ${type} (sandbox fault mode).`);
  }
  if (isSearch && faults.tinyPages) params.set('_count', String(TINY_PAGE));

  const res = await store.handle({ method, url: params.size > 0 ? `${type}?${params}` : rel, baseUrl });
  if (!isSearch || !faults.warnings || res.body.resourceType !== 'Bundle') return res;
  const bundle = res.body as Bundle;
  return {
    status: res.status,
    body: { ...bundle, entry: [...(bundle.entry ?? []), { resource: WARNING, search: { mode: 'outcome' } }] },
  };
}
