/**
 * The run-time launch configuration (public/smart-config.json): one entry per EHR, chosen by the
 * launch's `iss`. Pure functions, so the launch rules are unit-tested without a browser.
 */
import { parseQueryPolicy, type QueryPolicy } from '../fhir/queries/query-policy';

export type PkceMode = 'required' | 'ifSupported';

export interface SmartConfigEntry {
  readonly name: string;
  /** A regular expression (anchored with ^ and $) the launch's `iss` must match. */
  readonly issMatch: string;
  readonly clientId: string;
  readonly scope: string;
  readonly pkceMode: PkceMode;
  readonly completeInTarget: boolean;
  readonly redirectUri: string;
  /** False for embedded browsers that share sessionStorage between windows (one launch per window). */
  readonly fullSessionStorageSupport: boolean;
  readonly query: QueryPolicy;
}

/** The options fhirclient's array form of `authorize` takes, per entry. */
export interface AuthorizeOptions {
  readonly issMatch: RegExp;
  readonly clientId: string;
  readonly scope: string;
  readonly pkceMode: PkceMode;
  readonly completeInTarget: boolean;
  readonly redirectUri: string;
  readonly stateKey: string;
}

export class SmartConfigError extends Error {
  override name = 'SmartConfigError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(entry: Record<string, unknown>, key: string, where: string): string {
  const v = entry[key];
  if (typeof v !== 'string' || v.trim() === '')
    throw new SmartConfigError(`${where}: "${key}" must be a non-empty string`);
  return v;
}

function parseEntry(raw: unknown, index: number): SmartConfigEntry {
  const where = `smart-config.json entry ${index + 1}`;
  if (!isRecord(raw)) throw new SmartConfigError(`${where} is not an object`);
  const issMatch = str(raw, 'issMatch', where);
  // An unanchored pattern such as "fhir.epic.com" would also match https://evil.example/fhir.epic.com.
  if (!issMatch.startsWith('^') || !issMatch.endsWith('$')) {
    throw new SmartConfigError(`${where}: "issMatch" must start with ^ and end with $`);
  }
  try {
    new RegExp(issMatch);
  } catch {
    throw new SmartConfigError(`${where}: "issMatch" is not a valid regular expression`);
  }
  const pkceMode = raw.pkceMode ?? 'required';
  if (pkceMode !== 'required' && pkceMode !== 'ifSupported') {
    // SMART 2 requires S256; "disabled" and "unsafeV1" are refused on purpose.
    throw new SmartConfigError(`${where}: "pkceMode" must be "required" or "ifSupported"`);
  }
  return {
    name: str(raw, 'name', where),
    issMatch,
    clientId: str(raw, 'clientId', where),
    scope: str(raw, 'scope', where),
    pkceMode,
    completeInTarget: raw.completeInTarget !== false,
    redirectUri: typeof raw.redirectUri === 'string' ? raw.redirectUri : 'index.html',
    fullSessionStorageSupport: raw.fullSessionStorageSupport !== false,
    query: parseQueryPolicy(raw.query),
  };
}

/** Parses smart-config.json: `{ "entries": [...] }` (or a bare array). Throws SmartConfigError. */
export function parseSmartConfig(json: unknown): readonly SmartConfigEntry[] {
  const list = Array.isArray(json) ? json : isRecord(json) ? json.entries : undefined;
  if (!Array.isArray(list) || list.length === 0) throw new SmartConfigError('smart-config.json has no "entries"');
  return list.map(parseEntry);
}

/** The first entry whose issMatch matches `iss` (the order fhirclient uses too). */
export function findEntry(entries: readonly SmartConfigEntry[], iss: string): SmartConfigEntry | undefined {
  return entries.find((e) => new RegExp(e.issMatch).test(iss));
}

/**
 * The scope to ask for. A standalone launch (an `iss` but no `launch`) has no EHR context to
 * echo, so `launch` becomes `launch/patient`: the EHR then asks the user to pick a patient.
 */
export function scopeFor(scope: string, standalone: boolean): string {
  const words = scope.split(/\s+/).filter(Boolean);
  if (!standalone) return words.join(' ');
  const rest = words.filter((w) => w !== 'launch' && w !== 'launch/patient');
  return ['launch/patient', ...rest].join(' ');
}

/** fhirclient's array-form options, one per entry, sharing the state key. */
export function toAuthorizeOptions(
  entries: readonly SmartConfigEntry[],
  stateKey: string,
  standalone: boolean,
): AuthorizeOptions[] {
  return entries.map((e) => ({
    issMatch: new RegExp(e.issMatch),
    clientId: e.clientId,
    scope: scopeFor(e.scope, standalone),
    pkceMode: e.pkceMode,
    completeInTarget: e.completeInTarget,
    redirectUri: e.redirectUri,
    stateKey,
  }));
}

/** Bytes of randomness in the OAuth `state` (SMART asks for at least 122 bits; this is 256). */
export const STATE_BYTES = 32;

/**
 * A state key from a CSPRNG, base64url. fhirclient 2.6.3 would otherwise use 16 characters of
 * Math.random() (about 95 bits, not cryptographic); it honours a `stateKey` passed to authorize().
 */
export function newStateKey(getRandomValues: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = getRandomValues(new Uint8Array(STATE_BYTES));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What launch.html must do with its URL. */
export type LaunchDecision =
  | { readonly kind: 'authorize'; readonly entry: SmartConfigEntry; readonly iss: string; readonly standalone: boolean }
  | { readonly kind: 'unknown-issuer'; readonly iss: string }
  | { readonly kind: 'no-issuer' };

export function decideLaunch(entries: readonly SmartConfigEntry[], search: string): LaunchDecision {
  const params = new URLSearchParams(search);
  const iss = params.get('iss');
  // `fhirServiceUrl` (fhirclient's open-server mode, no authorization) is never honoured.
  if (!iss) return { kind: 'no-issuer' };
  const entry = findEntry(entries, iss);
  if (!entry) return { kind: 'unknown-issuer', iss };
  return { kind: 'authorize', entry, iss, standalone: !params.get('launch') };
}
