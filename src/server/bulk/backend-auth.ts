/**
 * SMART Backend Services (SMART App Launch 2, "Backend Services"): a `client_credentials` grant
 * with a `private_key_jwt` client assertion signed by the clinic's own key. jose does the crypto.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { TokenSource } from './export-types';
import { timerSleep, withRetry } from './http-retry';
import type { BackendKey } from './backend-key';

export type { BackendKey } from './backend-key';
export { loadBackendKey } from './backend-key';

/** Scopes for the exported types, SMART v2 (`.rs`); `.read` is the v1 spelling. */
export function systemScopes(types: readonly string[], variant: 'rs' | 'read'): string {
  return types.map((type) => `system/${type}.${variant}`).join(' ');
}

export interface BackendServicesOptions {
  readonly fhirBase: string;
  readonly clientId: string;
  readonly key: BackendKey;
  /** The resource types to ask `system/` scopes for. */
  readonly types: readonly string[];
  /** Other scopes than read and search of `types` (the write-back's), in both spellings. */
  readonly scope?: { readonly rs: string; readonly read: string };
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

/** Thrown when no token could be had: one line, no key or token in it. */
export class BackendAuthError extends Error {
  override name = 'BackendAuthError';
}

/** A token is renewed this long before its `expires_in` runs out. */
const EXPIRY_MARGIN_MS = 60_000;
/** The client assertion's lifetime: "no more than five minutes in the future" (SMART). */
const ASSERTION_LIFETIME_S = 300;

/**
 * Bearer tokens from the server's token endpoint (found in `<base>/.well-known/smart-configuration`),
 * cached until shortly before they expire; `invalidate()` (after a 401) makes the next call sign a
 * new assertion. `system/*.rs` is asked first; a server that refuses it (`invalid_scope`) or
 * advertises only SMART v1 is asked `system/*.read`.
 */
export function backendServicesTokens(opts: BackendServicesOptions): TokenSource {
  const doFetch = opts.fetch ?? fetch;
  const now = opts.now ?? Date.now;
  let endpoint: Promise<{ readonly url: string; variant: 'rs' | 'read' }> | undefined;
  let cached: { readonly token: string; readonly until: number } | undefined;
  let pending: Promise<string> | undefined;

  const request = async (): Promise<string> => {
    endpoint ??= discover(opts.fhirBase, doFetch).catch((error: unknown) => {
      endpoint = undefined;
      throw error;
    });
    const found = await endpoint;
    let answer = await requestToken(found.url, found.variant, opts, doFetch, now);
    if (answer.kind === 'invalid-scope' && found.variant === 'rs') {
      found.variant = 'read';
      answer = await requestToken(found.url, 'read', opts, doFetch, now);
    }
    if (answer.kind !== 'token') throw new BackendAuthError(answer.message);
    cached = { token: answer.token, until: now() + answer.expiresInMs - EXPIRY_MARGIN_MS };
    return answer.token;
  };

  return {
    async token() {
      if (cached && now() < cached.until) return cached.token;
      pending ??= request().finally(() => (pending = undefined));
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

async function discover(fhirBase: string, doFetch: typeof fetch): Promise<{ url: string; variant: 'rs' | 'read' }> {
  const url = `${fhirBase.replace(/\/+$/, '')}/.well-known/smart-configuration`;
  const response = await withRetry(() => doFetch(url, { headers: { accept: 'application/json' } }), RETRY);
  if (!response.ok) throw new BackendAuthError(`${url} answered ${response.status}`);
  const config: unknown = await response.json().catch(() => undefined);
  const record = (config ?? {}) as { token_endpoint?: unknown; capabilities?: unknown; scopes_supported?: unknown };
  if (typeof record.token_endpoint !== 'string' || !/^https?:\/\//.test(record.token_endpoint)) {
    throw new BackendAuthError(`${url} names no token_endpoint`);
  }
  return { url: record.token_endpoint, variant: prefersRead(record) ? 'read' : 'rs' };
}

/** A server that says it speaks only SMART v1 scopes is asked `.read` from the start. */
function prefersRead(config: { capabilities?: unknown; scopes_supported?: unknown }): boolean {
  const caps = Array.isArray(config.capabilities) ? config.capabilities : [];
  if (caps.includes('permission-v2')) return false;
  const scopes = Array.isArray(config.scopes_supported) ? config.scopes_supported.map(String) : [];
  if (scopes.some((scope) => /^system\/.+\.(c?r?u?d?s?)$/.test(scope) && !scope.endsWith('.read'))) return false;
  return caps.includes('permission-v1') || scopes.some((scope) => /^system\/.+\.read$/.test(scope));
}

type TokenAnswer =
  | { readonly kind: 'token'; readonly token: string; readonly expiresInMs: number }
  | { readonly kind: 'invalid-scope'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };

async function requestToken(
  tokenUrl: string,
  variant: 'rs' | 'read',
  opts: BackendServicesOptions,
  doFetch: typeof fetch,
  now: () => number,
): Promise<TokenAnswer> {
  const send = async (): Promise<Response> => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      scope: opts.scope?.[variant] ?? systemScopes(opts.types, variant),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      // A new assertion (new jti) on every attempt: a server refuses a replayed jti.
      client_assertion: await clientAssertion(opts.clientId, tokenUrl, opts.key, now),
    });
    return doFetch(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
    });
  };
  const response = await withRetry(send, RETRY);
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const error = typeof json.error === 'string' ? json.error : `HTTP ${response.status}`;
    const message = `the token endpoint refused the client (${error})`;
    return error === 'invalid_scope' ? { kind: 'invalid-scope', message } : { kind: 'refused', message };
  }
  if (typeof json.access_token !== 'string' || json.access_token === '') {
    return { kind: 'refused', message: 'the token endpoint answered without an access_token' };
  }
  const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 300;
  return { kind: 'token', token: json.access_token, expiresInMs: seconds * 1000 };
}

/** The signed client assertion: iss = sub = client id, aud = the token endpoint, 5-minute exp. */
export async function clientAssertion(
  clientId: string,
  tokenUrl: string,
  key: BackendKey,
  now: () => number = Date.now,
): Promise<string> {
  const issuedAt = Math.floor(now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenUrl)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION_LIFETIME_S)
    .sign(key.key);
}

const RETRY = { maxAttempts: 4, backoffMs: 1000, sleep: timerSleep } as const;
