/**
 * FhirGateway over a fhirclient Client. The Client holds the token and refreshes it; the HTTP is
 * done here with fetch because fhirclient 2.6.3, on a 401, clears the whole session (refresh token
 * included) instead of refreshing, and folds error bodies into its message text.
 */
import { MalformedResponseError } from '../fhir/queries/bundle';
import { FhirHttpError, type FhirGateway } from '../fhir/queries/fhir-gateway';
import { parseScopes } from '../fhir/queries/scopes';
import { isOnServer } from '../fhir/queries/search-url';

/** The part of fhirclient's Client this uses. */
export interface SmartClientLike {
  readonly state: {
    readonly serverUrl: string;
    readonly tokenResponse?: {
      readonly patient?: string;
      readonly scope?: string;
      readonly need_patient_banner?: boolean;
      readonly refresh_token?: string;
    };
  };
  getAuthorizationHeader(): string | null;
  /**
   * Without request options on purpose: fhirclient shares one refresh among all requests and
   * deletes the refresh token when it fails, so a read's AbortSignal must never reach it.
   */
  refreshIfNeeded(): Promise<unknown>;
  refresh(): Promise<unknown>;
}

export class MissingPatientError extends Error {
  constructor() {
    super('The EHR did not say which patient to open (no "patient" in the token response).');
    this.name = 'MissingPatientError';
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createSmartGateway(client: SmartClientLike): FhirGateway {
  const serverUrl = client.state.serverUrl.replace(/\/+$/, '');
  const token = client.state.tokenResponse ?? {};
  const patientId = token.patient;
  if (!patientId) throw new MissingPatientError();
  const grantedScopes = parseScopes(token.scope);
  // Refreshing needs a refresh token and online_access or offline_access in the granted scope.
  const canRefresh = (): boolean =>
    Boolean(client.state.tokenResponse?.refresh_token) &&
    grantedScopes.some((s) => s === 'online_access' || s === 'offline_access');

  async function send(url: string, signal?: AbortSignal): Promise<{ response: Response; auth: string | null }> {
    const auth = client.getAuthorizationHeader();
    const headers: Record<string, string> = { accept: 'application/fhir+json, application/json' };
    if (auth) headers.authorization = auth;
    try {
      return { response: await fetch(url, { headers, signal }), auth };
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new FhirHttpError(0, 'The FHIR server could not be reached.');
    }
  }

  async function request(pathOrUrl: string, signal?: AbortSignal): Promise<unknown> {
    const absolute = /^https?:\/\//i.test(pathOrUrl);
    const url = absolute ? pathOrUrl : `${serverUrl}/${pathOrUrl.replace(/^\/+/, '')}`;
    if (absolute && !isOnServer(url, serverUrl)) {
      throw new FhirHttpError(0, 'Refused to send the access token to a URL outside the FHIR server.');
    }
    // No signal for the refresh: fhirclient shares one refresh task among all requests and, on any
    // failure of it (an abort included), deletes the refresh token (Client.js, refresh()). A read
    // cancelled by Refresh or Retry would then leave every later 401 a "session expired".
    await client.refreshIfNeeded().catch(() => undefined);
    const first = await send(url, signal);
    let response = first.response;
    if (response.status === 401) {
      const auth = first.auth;
      // Another request may already have refreshed the token: then just retry with the new one.
      const refreshed =
        client.getAuthorizationHeader() !== auth ||
        (canRefresh() &&
          (await client.refresh().then(
            () => true,
            () => false,
          )));
      if (refreshed) response = (await send(url, signal)).response;
    }
    if (!response.ok) {
      const body = await readBody(response);
      const outcome =
        (body as { resourceType?: unknown } | undefined)?.resourceType === 'OperationOutcome' ? body : undefined;
      throw new FhirHttpError(response.status, `FHIR request failed with HTTP ${response.status}`, outcome);
    }
    const body = await readBody(response);
    if (body === undefined) throw new MalformedResponseError('the body is not JSON');
    return body;
  }

  return {
    serverUrl,
    patientId,
    grantedScopes,
    needPatientBanner: token.need_patient_banner !== false,
    request,
  };
}
