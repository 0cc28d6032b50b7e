/** Turns a read's query state into the ReadState the screen shows (read-state.ts). */
import { MalformedResponseError } from './bundle';
import type { ReadData } from './fetch-pages';
import { FhirHttpError } from './fhir-gateway';
import { RESOURCE_NOUNS } from './read-plan';
import type { ReadError, ReadState, ReadStatus } from './read-state';

export const EXPIRED_MESSAGE = 'Your session has expired: relaunch Riluzole Monitor from the EHR.';

export function notGrantedMessage(resourceType: string): string {
  return `The EHR did not grant access to ${RESOURCE_NOUNS.get(resourceType) ?? resourceType}.`;
}

interface ReadDescription {
  readonly id: string;
  readonly label: string;
  readonly resourceType: string;
  readonly interaction: 'read' | 'search';
  readonly path: string;
}

/** The subset of a TanStack Query result this needs (so tests can pass plain objects). */
export interface QueryLike {
  readonly status: 'pending' | 'error' | 'success';
  readonly data?: ReadData;
  readonly error: unknown;
}

function outcomeSuffix(error: FhirHttpError): string {
  const issues = (error.operationOutcome as { issue?: { diagnostics?: unknown }[] } | undefined)?.issue;
  const text = Array.isArray(issues) ? issues.map((i) => i.diagnostics).find((d) => typeof d === 'string') : undefined;
  return typeof text === 'string' ? ` The EHR said: "${text}"` : '';
}

/** The status and sentence for a failed read. */
export function classifyReadError(error: unknown, read: ReadDescription): { status: ReadStatus; error: ReadError } {
  if (error instanceof MalformedResponseError) {
    return { status: 'error', error: { kind: 'malformed', message: `${read.label}: ${error.message}` } };
  }
  if (!(error instanceof FhirHttpError)) {
    return {
      status: 'error',
      error: { kind: 'network', message: `${read.label}: the request failed (${String(error)}).` },
    };
  }
  const httpStatus = error.status;
  if (httpStatus === 401) return { status: 'error', error: { kind: 'expired', message: EXPIRED_MESSAGE, httpStatus } };
  if (httpStatus === 403) {
    return {
      status: 'not-granted',
      error: { kind: 'forbidden', message: notGrantedMessage(read.resourceType), httpStatus },
    };
  }
  if (httpStatus === 404 && read.interaction === 'search') {
    const message = `This EHR does not offer ${RESOURCE_NOUNS.get(read.resourceType) ?? read.resourceType} over FHIR.`;
    return { status: 'not-supported', error: { kind: 'bad-request', message, httpStatus } };
  }
  if (httpStatus === 0) {
    return {
      status: 'error',
      error: {
        kind: 'network',
        message: `${read.label}: the EHR could not be reached (network error, tried 3 times).`,
      },
    };
  }
  if (httpStatus === 501) {
    // Not retried (fetch-pages.ts): the server said it lacks the feature, not that it is busy.
    const message = `${read.label}: the EHR does not support this request (HTTP 501).${outcomeSuffix(error)}`;
    return { status: 'error', error: { kind: 'bad-request', message, httpStatus } };
  }
  if (httpStatus >= 500 || httpStatus === 429) {
    const message = `${read.label}: the EHR failed to answer (HTTP ${httpStatus}, tried 3 times).`;
    return { status: 'error', error: { kind: 'server', message, httpStatus } };
  }
  const message = `${read.label}: the EHR rejected the request (HTTP ${httpStatus}).${outcomeSuffix(error)}`;
  return { status: 'error', error: { kind: 'bad-request', message, httpStatus } };
}

/** The ReadState of one read. `granted` false means it was never requested. */
export function toReadState(read: ReadDescription, query: QueryLike, granted: boolean): ReadState {
  const data = query.data;
  const base = {
    id: read.id,
    label: read.label,
    resourceType: read.resourceType,
    request: read.path,
    pages: data?.pages ?? 0,
    count: data?.resources.length ?? 0,
    warnings: data?.warnings ?? [],
  };
  if (!granted) {
    return {
      ...base,
      status: 'not-granted',
      error: { kind: 'forbidden', message: notGrantedMessage(read.resourceType) },
    };
  }
  if (query.status === 'error') return { ...base, ...classifyReadError(query.error, read) };
  if (!data || data.pages === 0) return { ...base, status: 'loading' };
  if (!data.complete) return { ...base, status: 'partial' };
  return { ...base, status: data.capped ? 'capped' : 'done' };
}

/** True once a read has its first page, has failed, or will never run: the assessment may start. */
export function isSettledEnough(state: ReadState): boolean {
  return state.status !== 'loading';
}
