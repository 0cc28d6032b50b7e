/**
 * The page's calls to the worklist API: same-origin, with the session cookie; a POST carries the
 * session's CSRF token. A refusal becomes an ApiError with the HTTP status and the server's sentence.
 */
import type { PatientResponse, ReviewRequest, RowsResponse, SessionInfo, StoredReview } from './api-types';

export const API = '/worklist/api';
export const SIGN_IN_URL = '/worklist/login';
export const LOGOUT_URL = '/worklist/logout';

/** Why a call failed: `status` 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  let said: string | undefined;
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
      said = body.error;
    }
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ApiError(response.status, said ?? `The server answered ${response.status} ${response.statusText}.`);
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch {
    throw new ApiError(0, 'The worklist server could not be reached (network error).');
  }
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

export function getSession(): Promise<SessionInfo> {
  return call<SessionInfo>(`${API}/session`);
}

export function getRows(): Promise<RowsResponse> {
  return call<RowsResponse>(`${API}/rows`);
}

export function getPatient(id: string): Promise<PatientResponse> {
  return call<PatientResponse>(`${API}/patients/${encodeURIComponent(id)}`);
}

export function postReview(id: string, body: ReviewRequest, csrfToken: string): Promise<StoredReview> {
  return call<StoredReview>(`${API}/patients/${encodeURIComponent(id)}/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    body: JSON.stringify(body),
  });
}

export async function postLogout(csrfToken: string): Promise<void> {
  try {
    await fetch(LOGOUT_URL, { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrfToken } });
  } catch {
    throw new ApiError(0, 'The worklist server could not be reached (network error).');
  }
}
