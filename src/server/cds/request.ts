/** A CDS Hooks 2.0.1 request, checked field by field: anything else is a 400 with the reason. */
import type { HookName } from './services';

export interface FhirAuthorization {
  readonly accessToken: string;
  readonly tokenType: string;
}

export interface HookRequest {
  readonly hook: HookName;
  readonly hookInstance: string;
  readonly patientId: string;
  readonly fhirServer?: string;
  readonly fhirAuthorization?: FhirAuthorization;
  /** `context.draftOrders` entries' resources (order-select, order-sign); empty for patient-view. */
  readonly draftOrders: readonly Record<string, unknown>[];
  /** The prefetch object as sent (values: a resource, a Bundle, an OperationOutcome or null). */
  readonly prefetch: Readonly<Record<string, unknown>>;
}

export type Parsed =
  { readonly ok: true; readonly request: HookRequest } | { readonly ok: false; readonly reason: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const bad = (reason: string): Parsed => ({ ok: false, reason });

function draftOrders(context: Json): readonly Json[] | string {
  const bundle = context.draftOrders;
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') return 'context.draftOrders must be a FHIR Bundle';
  const entries = bundle.entry ?? [];
  if (!Array.isArray(entries)) return 'context.draftOrders.entry must be a list';
  const out: Json[] = [];
  for (const [i, e] of entries.entries()) {
    const resource: unknown = isObject(e) ? e.resource : undefined;
    if (!isObject(resource) || typeof resource.resourceType !== 'string') {
      return `context.draftOrders.entry[${i}].resource must be a FHIR resource`;
    }
    out.push(resource);
  }
  return out;
}

function authorization(v: unknown): FhirAuthorization | string | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v) || typeof v.access_token !== 'string' || v.access_token === '') {
    return 'fhirAuthorization must be an object with an access_token';
  }
  const tokenType = typeof v.token_type === 'string' ? v.token_type : 'Bearer';
  if (tokenType.toLowerCase() !== 'bearer') return 'fhirAuthorization.token_type must be "Bearer"';
  return { accessToken: v.access_token, tokenType: 'Bearer' };
}

/**
 * Checks a request body against the hook the service answers.
 * @param body - the parsed JSON body
 * @param hook - the service's hook
 */
export function parseHookRequest(body: unknown, hook: HookName): Parsed {
  if (!isObject(body)) return bad('the request body must be a JSON object');
  if (body.hook !== hook) return bad(`hook must be "${hook}" for this service`);
  if (typeof body.hookInstance !== 'string' || body.hookInstance === '') return bad('hookInstance is required');
  const context = body.context;
  if (!isObject(context)) return bad('context must be an object');
  if (typeof context.patientId !== 'string' || context.patientId === '') return bad('context.patientId is required');
  if (typeof context.userId !== 'string' || context.userId === '') return bad('context.userId is required');
  let orders: readonly Json[] = [];
  if (hook === 'order-select' || hook === 'order-sign') {
    const parsed = draftOrders(context);
    if (typeof parsed === 'string') return bad(parsed);
    orders = parsed;
    if (hook === 'order-select' && !Array.isArray(context.selections)) return bad('context.selections must be a list');
  }
  const fhirServer = body.fhirServer;
  if (fhirServer !== undefined && (typeof fhirServer !== 'string' || !/^https?:\/\/[^\s]+$/.test(fhirServer))) {
    return bad('fhirServer must be an http(s) URL');
  }
  const auth = authorization(body.fhirAuthorization);
  if (typeof auth === 'string') return bad(auth);
  if (auth !== undefined && fhirServer === undefined) return bad('fhirAuthorization needs fhirServer');
  const prefetch = body.prefetch ?? {};
  if (!isObject(prefetch)) return bad('prefetch must be an object');
  return {
    ok: true,
    request: {
      hook,
      hookInstance: body.hookInstance,
      patientId: context.patientId,
      ...(typeof fhirServer === 'string' ? { fhirServer: fhirServer.replace(/\/+$/, '') } : {}),
      ...(auth ? { fhirAuthorization: auth } : {}),
      draftOrders: orders,
      prefetch,
    },
  };
}
