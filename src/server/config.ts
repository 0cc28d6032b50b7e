/**
 * The server's configuration file (`npm run serve -- --config FILE`): JSON, every key optional,
 * unknown keys and wrong values refused with a message naming the key (as the clinic settings are).
 * Every key is documented in the README ("The server").
 */

import { parseWorklistSection, type WorklistConfig } from './worklist-config';

export { isLoopbackHttp } from './worklist-config';
export type { SignInConfig, WorklistConfig, WorklistExportConfig } from './worklist-config';

/** An EHR allowed to call the CDS services: its JWT `iss` and where its public keys are. */
export interface TrustedIssuer {
  readonly iss: string;
  readonly jwksUrl: string;
  /**
   * FHIR base URLs (prefixes) this EHR may name as `fhirServer`. Absent: every https URL (and
   * http on loopback). The service reads missing prefetch data only from an allowed server.
   */
  readonly fhirServers?: readonly string[];
}

export interface ServerConfig {
  /** The public base URL (`https://cds.example.org/riluzole`); the JWT `aud` is built from it. */
  readonly publicUrl?: string;
  readonly host: string;
  readonly port: number;
  /** Where the server writes its files (feedback log, the worklist's database). */
  readonly dataDir: string;
  /** Request bodies above this many bytes get 413. */
  readonly maxBodyBytes: number;
  /** The clinic settings JSON (public/clinic-settings.json's format); absent: the spec's defaults. */
  readonly clinicSettings?: string;
  readonly cds: {
    readonly trustedIssuers: readonly TrustedIssuer[];
    /** The app's SMART launch URL, the target of every card's `smart` link. */
    readonly appLaunchUrl: string;
  };
  /** The clinic worklist: sign-in (page and API), the scheduled export, the write-back (README). */
  readonly worklist?: WorklistConfig;
}

export const DEFAULT_PORT = 8787;
export const SANDBOX_ORIGIN = 'http://127.0.0.1:5173';

/** The sandbox EHR of `npm start` signs its CDS requests with this issuer (its key lives in memory). */
export const SANDBOX_ISSUER: TrustedIssuer = {
  iss: `${SANDBOX_ORIGIN}/sandbox`,
  jwksUrl: `${SANDBOX_ORIGIN}/sandbox/cds/jwks.json`,
};

export const DEFAULT_CONFIG: ServerConfig = {
  host: '127.0.0.1',
  port: DEFAULT_PORT,
  dataDir: 'data',
  maxBodyBytes: 5 * 1024 * 1024,
  cds: { trustedIssuers: [SANDBOX_ISSUER], appLaunchUrl: `${SANDBOX_ORIGIN}/launch.html` },
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Json = Record<string, unknown>;

const fail = (message: string): never => {
  throw new ConfigError(message);
};

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function refuseUnknown(obj: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new ConfigError(`unknown key "${where}${key}" (allowed: ${allowed.join(', ')})`);
  }
}

function str(obj: Json, key: string, where: string): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`"${where}${key}" must be a non-empty string`);
  return v;
}

function httpUrl(obj: Json, key: string, where: string): string | undefined {
  const v = str(obj, key, where);
  if (v === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new ConfigError(`"${where}${key}" is not a URL: ${JSON.stringify(v)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`"${where}${key}" must be an http or https URL`);
  }
  return v.replace(/\/+$/, '');
}

function int(obj: Json, key: string, min: number, max: number): number | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(`"${key}" must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}`);
  }
  return v;
}

function issuer(v: unknown, i: number): TrustedIssuer {
  const where = `cds.trustedIssuers[${i}].`;
  if (!isObject(v)) throw new ConfigError(`"cds.trustedIssuers[${i}]" must be an object { iss, jwksUrl }`);
  refuseUnknown(v, ['iss', 'jwksUrl', 'fhirServers'], where);
  const iss = str(v, 'iss', where);
  const jwksUrl = httpUrl(v, 'jwksUrl', where);
  if (iss === undefined || jwksUrl === undefined)
    throw new ConfigError(`"${where}iss" and "${where}jwksUrl" are required`);
  const servers = v.fhirServers;
  if (servers === undefined) return { iss, jwksUrl };
  if (!Array.isArray(servers) || servers.some((s) => typeof s !== 'string' || !/^https?:\/\//.test(s))) {
    throw new ConfigError(`"${where}fhirServers" must be a list of http(s) URLs`);
  }
  return { iss, jwksUrl, fhirServers: servers as string[] };
}

function cdsSection(v: unknown): ServerConfig['cds'] {
  if (v === undefined) return DEFAULT_CONFIG.cds;
  if (!isObject(v)) throw new ConfigError('"cds" must be an object');
  refuseUnknown(v, ['trustedIssuers', 'appLaunchUrl'], 'cds.');
  const list = v.trustedIssuers;
  if (list !== undefined && !Array.isArray(list)) throw new ConfigError('"cds.trustedIssuers" must be a list');
  const trustedIssuers = list === undefined ? DEFAULT_CONFIG.cds.trustedIssuers : list.map(issuer);
  const appLaunchUrl = httpUrl(v, 'appLaunchUrl', 'cds.') ?? DEFAULT_CONFIG.cds.appLaunchUrl;
  return { trustedIssuers, appLaunchUrl };
}

const KEYS = ['publicUrl', 'host', 'port', 'dataDir', 'maxBodyBytes', 'clinicSettings', 'cds', 'worklist'] as const;

/**
 * Validates a parsed config file; missing keys take the defaults.
 * @throws ConfigError naming the first bad key
 */
export function parseConfig(json: unknown): ServerConfig {
  if (!isObject(json)) throw new ConfigError('the configuration must be a JSON object');
  refuseUnknown(json, KEYS, '');
  const publicUrl = httpUrl(json, 'publicUrl', '');
  const clinicSettings = str(json, 'clinicSettings', '');
  return {
    ...(publicUrl !== undefined ? { publicUrl } : {}),
    host: str(json, 'host', '') ?? DEFAULT_CONFIG.host,
    port: int(json, 'port', 0, 65535) ?? DEFAULT_CONFIG.port,
    dataDir: str(json, 'dataDir', '') ?? DEFAULT_CONFIG.dataDir,
    maxBodyBytes: int(json, 'maxBodyBytes', 1024, 1024 * 1024 * 1024) ?? DEFAULT_CONFIG.maxBodyBytes,
    ...(clinicSettings !== undefined ? { clinicSettings } : {}),
    cds: cdsSection(json.cds),
    ...(json.worklist !== undefined ? { worklist: parseWorklistSection(json.worklist, fail) } : {}),
  };
}
