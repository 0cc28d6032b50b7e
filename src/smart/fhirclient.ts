/**
 * The only module that imports fhirclient. Everything else sees a FhirGateway.
 */
import FHIR from 'fhirclient';
import type { fhirclient } from 'fhirclient/lib/types';
import type { AuthorizeOptions } from './launch-config';
import { createSmartGateway, type SmartClientLike } from './smart-gateway';
import type { FhirGateway } from '../fhir/queries/fhir-gateway';

/**
 * Starts the SMART authorization (redirects away). The array form lets fhirclient pick the entry
 * by `issMatch` as well; launch.ts has already checked that one matches.
 */
export async function authorize(
  options: readonly AuthorizeOptions[],
  fullSessionStorageSupport: boolean,
): Promise<void> {
  FHIR.oauth2.settings.fullSessionStorageSupport = fullSessionStorageSupport;
  // fhirclient's types declare one options object, but authorize() handles an array at run time
  // (lib/smart.js, "Multiple config for EHR launches").
  await FHIR.oauth2.authorize(options as unknown as fhirclient.AuthorizeParams);
}

/** The part of `FHIR.oauth2` that ready() uses; tests pass a fresh browser adapter's API. */
export interface SmartReadyApi {
  readonly settings: fhirclient.BrowserFHIRSettings;
  ready(): Promise<unknown>;
}

/** FHIR.oauth2, read lazily: under Node (unit tests) fhirclient's entry has no `oauth2`. */
function browserSmart(): SmartReadyApi {
  // fhirclient types `oauth2` as its Node-and-browser SMART interface, which lacks `settings`.
  return { settings: FHIR.oauth2.settings as fhirclient.BrowserFHIRSettings, ready: () => FHIR.oauth2.ready() };
}

/**
 * Completes the launch on index.html: exchanges the code once and returns the gateway.
 * The state key is always kept in the URL (`fullSessionStorageSupport = false` here): each window
 * then finds its own session even in embedded browsers that share sessionStorage between charts,
 * and it is harmless where storage is per window.
 */
export async function ready(smart: SmartReadyApi = browserSmart()): Promise<FhirGateway> {
  smart.settings.fullSessionStorageSupport = false;
  const client = await smart.ready();
  return createSmartGateway(client as unknown as SmartClientLike);
}

/**
 * A gateway over an already-authorized client, as `ready()` would give (integration tests).
 * @param tokenUri - where a refresh token is redeemed, when the test needs refreshing
 */
export function gatewayFromToken(
  serverUrl: string,
  tokenResponse: fhirclient.TokenResponse,
  tokenUri?: string,
): FhirGateway {
  const client = FHIR.client({ serverUrl, tokenResponse, ...(tokenUri ? { tokenUri } : {}) });
  return createSmartGateway(client as unknown as SmartClientLike);
}
