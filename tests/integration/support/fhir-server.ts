/**
 * An msw FHIR server over the sandbox's FHIR store (Medplum's engine): the same search semantics
 * the sandbox EHR gives `npm start`, fed with case-file resources.
 */
import type { Resource } from '@medplum/fhirtypes';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { createFhirStore } from '../../../src/sandbox/fhir-store';

export const FHIR_BASE = 'http://127.0.0.1:5173/sandbox/fhir';
export const ACCESS_TOKEN = 'test-access-token';

export interface FhirServerOptions {
  readonly base?: string;
  /** Called with the path and query of every request, before it is answered. */
  readonly onRequest?: (relativeUrl: string) => void;
  /** Awaited before answering: lets a test hold every response back. */
  readonly gate?: () => Promise<void>;
  /** Answer these instead (matched on the relative URL); return undefined to fall through. */
  readonly override?: (relativeUrl: string) => Response | undefined;
}

export async function fhirServer(
  resources: readonly Resource[],
  options: FhirServerOptions = {},
): Promise<HttpHandler> {
  const base = options.base ?? FHIR_BASE;
  const store = await createFhirStore(resources);
  return http.get(`${base}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const relative = `${url.pathname.slice(new URL(base).pathname.length + 1)}${url.search}`;
    options.onRequest?.(relative);
    if (request.headers.get('authorization') !== `Bearer ${ACCESS_TOKEN}`) {
      return HttpResponse.json(
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] },
        { status: 401 },
      );
    }
    await options.gate?.();
    const overridden = options.override?.(relative);
    if (overridden) return overridden;
    const res = await store.handle({ method: 'GET', url: relative, baseUrl: base });
    return HttpResponse.json(res.body, { status: res.status, headers: { 'content-type': 'application/fhir+json' } });
  });
}

/** A Bundle page by hand, for tests about paging and outcomes. */
export function searchset(resources: readonly object[], next?: string): object {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(resources.length > 0 ? { entry: resources.map((resource) => ({ resource })) } : {}),
    ...(next ? { link: [{ relation: 'next', url: next }] } : {}),
  };
}
