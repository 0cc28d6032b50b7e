/**
 * The `worklist` section of the server's configuration file: the scheduled Bulk Data export
 * (`worklist.export`) and the write-back of acknowledgements to the EHR (`worklist.writeBack`).
 * Validated as the rest of config.ts is: unknown keys and wrong values are refused, naming the key.
 */

export interface WorklistExportConfig {
  /** The EHR's FHIR base URL. */
  readonly fhirBaseUrl: string;
  /** The Group of the ALS clinic (bare id). */
  readonly groupId: string;
  /** The backend (system) client id registered with the EHR. */
  readonly clientId: string;
  /** The private key: a JWK file (its `kid` used) or a PKCS#8 PEM file (`kid` required). */
  readonly keyFile: string;
  readonly kid?: string;
  /** How often the server runs the export, in ms (`every: "24h"`); absent: only on demand. */
  readonly everyMs?: number;
  readonly noMedicationStatement: boolean;
  /** `_typeFilter` values, sent only when given. */
  readonly typeFilter?: readonly string[];
}

/**
 * The worklist's sign-in: OpenID Connect against the EHR's SMART authorization server, the worklist
 * registered there as a SMART app with the scopes `openid fhirUser`.
 */
export interface SignInConfig {
  /** The FHIR base (its `.well-known/smart-configuration`) or the OpenID issuer URL. */
  readonly issuer: string;
  readonly clientId: string;
  /** Default `<publicUrl>/worklist/callback`. */
  readonly redirectUrl?: string;
}

export interface WorklistConfig {
  /** Absent: the page and the API are not served (no patient data without sign-in). */
  readonly signIn?: SignInConfig;
  readonly export?: WorklistExportConfig;
  /** Acknowledgements are also written to the EHR as a Task + Provenance (needs `export`'s client). */
  readonly writeBack: boolean;
}

/** The shortest and longest schedule interval accepted. */
export const MIN_EVERY_MS = 60_000;
export const MAX_EVERY_MS = 7 * 24 * 3600_000;

const UNITS: Readonly<Record<string, number>> = { m: 60_000, h: 3600_000, d: 24 * 3600_000 };

/**
 * "30m", "24h", "1d" in milliseconds, from 1 minute to 7 days.
 * @returns a string: why the text is refused
 */
export function parseEvery(text: string): number | string {
  const m = /^(\d+)(m|h|d)$/.exec(text.trim());
  const unit = m?.[2] !== undefined ? UNITS[m[2]] : undefined;
  if (!m || unit === undefined) return `must be a duration such as 30m, 24h or 1d, not ${JSON.stringify(text)}`;
  const ms = Number(m[1]) * unit;
  if (ms < MIN_EVERY_MS || ms > MAX_EVERY_MS) return `must be from 1m to 7d, not ${JSON.stringify(text)}`;
  return ms;
}

type Json = Record<string, unknown>;
type Fail = (message: string) => never;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuseUnknown(obj: Json, allowed: readonly string[], where: string, fail: Fail): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(`unknown key "${where}${key}" (allowed: ${allowed.join(', ')})`);
  }
}

function text(obj: Json, key: string, where: string, fail: Fail): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '') return fail(`"${where}${key}" must be a non-empty string`);
  return v;
}

function needed(obj: Json, key: string, where: string, fail: Fail): string {
  return text(obj, key, where, fail) ?? fail(`"${where}${key}" is required`);
}

const EXPORT_KEYS = [
  'fhirBaseUrl',
  'groupId',
  'clientId',
  'keyFile',
  'kid',
  'every',
  'noMedicationStatement',
  'typeFilter',
] as const;

function exportSection(v: unknown, fail: Fail): WorklistExportConfig {
  const where = 'worklist.export.';
  if (!isObject(v)) return fail('"worklist.export" must be an object');
  refuseUnknown(v, EXPORT_KEYS, where, fail);
  const fhirBaseUrl = needed(v, 'fhirBaseUrl', where, fail).replace(/\/+$/, '');
  if (!/^https?:\/\/\S+$/.test(fhirBaseUrl)) fail(`"${where}fhirBaseUrl" must be an http(s) URL`);
  const kid = text(v, 'kid', where, fail);
  const every = text(v, 'every', where, fail);
  const everyMs = every === undefined ? undefined : parseEvery(every);
  if (typeof everyMs === 'string') fail(`"${where}every" ${everyMs}`);
  const noMs = v.noMedicationStatement;
  if (noMs !== undefined && typeof noMs !== 'boolean') fail(`"${where}noMedicationStatement" must be true or false`);
  const filter = v.typeFilter;
  if (filter !== undefined && (!Array.isArray(filter) || filter.some((f) => typeof f !== 'string' || f === ''))) {
    fail(`"${where}typeFilter" must be a list of _typeFilter strings`);
  }
  return {
    fhirBaseUrl,
    groupId: needed(v, 'groupId', where, fail).replace(/^Group\//, ''),
    clientId: needed(v, 'clientId', where, fail),
    keyFile: needed(v, 'keyFile', where, fail),
    noMedicationStatement: noMs === true,
    ...(kid !== undefined ? { kid } : {}),
    ...(typeof everyMs === 'number' ? { everyMs } : {}),
    ...(Array.isArray(filter) ? { typeFilter: filter.map(String) } : {}),
  };
}

/** http only on this machine (the sandbox, a developer): tokens and the session cookie need TLS. */
export function isLoopbackHttp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

function tlsUrl(obj: Json, key: string, where: string, fail: Fail): string | undefined {
  const v = text(obj, key, where, fail)?.replace(/\/+$/, '');
  if (v === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return fail(`"${where}${key}" is not a URL: ${JSON.stringify(v)}`);
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(v)) {
    fail(`"${where}${key}" must be https (http only on 127.0.0.1 or localhost)`);
  }
  return v;
}

function signInSection(v: unknown, fail: Fail): SignInConfig {
  if (!isObject(v)) return fail('"worklist.signIn" must be an object { issuer, clientId, redirectUrl? }');
  const where = 'worklist.signIn.';
  refuseUnknown(v, ['issuer', 'clientId', 'redirectUrl'], where, fail);
  const issuer = tlsUrl(v, 'issuer', where, fail);
  const clientId = text(v, 'clientId', where, fail);
  if (issuer === undefined || clientId === undefined) {
    return fail(`"${where}issuer" and "${where}clientId" are required`);
  }
  const redirectUrl = tlsUrl(v, 'redirectUrl', where, fail);
  return { issuer, clientId, ...(redirectUrl !== undefined ? { redirectUrl } : {}) };
}

/**
 * Validates the `worklist` section (absent: no export configured, no write-back).
 * @param fail - throws the config's own error with the message
 */
export function parseWorklistSection(v: unknown, fail: Fail): WorklistConfig {
  if (v === undefined) return { writeBack: false };
  if (!isObject(v)) return fail('"worklist" must be an object');
  refuseUnknown(v, ['signIn', 'export', 'writeBack'], 'worklist.', fail);
  const signIn = v.signIn === undefined ? undefined : signInSection(v.signIn, fail);
  const exp = v.export === undefined ? undefined : exportSection(v.export, fail);
  const writeBack = v.writeBack ?? false;
  if (typeof writeBack !== 'boolean') fail('"worklist.writeBack" must be true or false');
  if (writeBack === true && !exp) fail('"worklist.writeBack" needs "worklist.export" (its FHIR server and client)');
  return { writeBack: writeBack === true, ...(signIn ? { signIn } : {}), ...(exp ? { export: exp } : {}) };
}
