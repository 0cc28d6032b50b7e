/**
 * The FHIR-read fallback: when a prefetch key is missing and the EHR sent `fhirServer` and
 * `fhirAuthorization`, the service reads the data itself, with that token and only from that
 * server (next links elsewhere are not followed: fetchPages checks them).
 */
import { fetchPages } from '../../fhir/queries/fetch-pages';
import { FhirHttpError, type FhirGateway } from '../../fhir/queries/fhir-gateway';
import type { FhirResource } from '../../fhir/queries/bundle';
import { isOnServer } from '../../fhir/queries/search-url';
import type { TrustedIssuer } from '../config';

/** A hook must answer in about 500 ms; one slow read may not hold it for longer than this. */
const REQUEST_TIMEOUT_MS = 4000;
const MAX_PAGES = 20;

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<Response>;

export interface FhirReadResult {
  readonly resources: readonly FhirResource[];
  /** False when paging stopped while the server had more (page cap, a next link elsewhere). */
  readonly complete: boolean;
}

export interface FhirReader {
  /** Is this URL on the reader's FHIR server (the only place its token may be sent)? */
  owns(url: string): boolean;
  /** Every resource of a search (pages followed) or a read; rejects when it cannot be read. */
  readAll(pathOrUrl: string): Promise<FhirReadResult>;
}

function gateway(serverUrl: string, token: string, fetchImpl: FetchLike): FhirGateway {
  return {
    serverUrl,
    patientId: '',
    grantedScopes: [],
    needPatientBanner: false,
    async request(pathOrUrl: string): Promise<unknown> {
      const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${serverUrl}/${pathOrUrl}`;
      let res: Response;
      try {
        res = await fetchImpl(url, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' },
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
      } catch {
        throw new FhirHttpError(0, 'The FHIR server did not answer.');
      }
      if (!res.ok) throw new FhirHttpError(res.status, `The FHIR server answered ${res.status}.`);
      return res.json();
    },
  };
}

export function createFhirReader(serverUrl: string, token: string, fetchImpl: FetchLike = fetch): FhirReader {
  const gw = gateway(serverUrl, token, fetchImpl);
  return {
    owns: (url) => isOnServer(url, serverUrl),
    async readAll(pathOrUrl) {
      if (/^https?:\/\//.test(pathOrUrl) && !isOnServer(pathOrUrl, serverUrl)) {
        throw new FhirHttpError(0, 'Not on the FHIR server the token is for.');
      }
      let last: FhirReadResult = { resources: [], complete: false };
      for await (const data of fetchPages(gw, pathOrUrl, {
        maxPages: MAX_PAGES,
        retry: { retries: 0, delayMs: () => 0 },
      })) {
        last = { resources: data.resources, complete: !data.capped };
      }
      return last;
    },
  };
}

/** May this issuer send the service to this FHIR server? Its list, else any https (http on loopback). */
export function fhirServerAllowed(server: string, issuer: TrustedIssuer): boolean {
  if (issuer.fhirServers) return issuer.fhirServers.some((base) => isOnServer(server, base));
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
