/**
 * A test EHR for the CDS service: an ES384 key and its JWKS (served by msw), a signer for the
 * request JWT, prefetch filled from the sandbox's FHIR store over a case file's resources, and
 * riluzole draft orders.
 */
import { randomUUID } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { createFhirStore, type FhirStore } from '../../../../src/sandbox/fhir-store';
import { DEFAULT_CONFIG, type ServerConfig } from '../../../../src/server/config';
import { fillTemplate, PREFETCH_READS } from '../../../../src/server/cds/prefetch-plan';
import { riluzoleRequest, type MedOptions, type MedSource } from '../../../cases/support/medications';

export const ISS = 'https://ehr.example.org';
export const JWKS_URL = 'https://ehr.example.org/jwks.json';
export const FHIR_BASE = 'https://fhir.example.org/R4';
export const PUBLIC_URL = 'https://cds.example.org/riluzole';
export const APP_LAUNCH = 'https://apps.example.org/riluzole/launch.html';
export const AS_OF = '2026-11-25';

export const CONFIG: ServerConfig = {
  ...DEFAULT_CONFIG,
  publicUrl: PUBLIC_URL,
  cds: { trustedIssuers: [{ iss: ISS, jwksUrl: JWKS_URL }], appLaunchUrl: APP_LAUNCH },
};

export interface TestKeys {
  readonly privateKey: CryptoKey;
  readonly jwks: { readonly keys: readonly JWK[] };
}

export async function makeKeys(kid = 'ehr-key-1'): Promise<TestKeys> {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  return { privateKey, jwks: { keys: [jwk] } };
}

export interface SignOptions {
  readonly iss?: string;
  readonly aud?: string;
  readonly expiresIn?: string | number;
  readonly jti?: string | null;
  readonly kid?: string;
}

/** The JWT an EHR sends (CDS Hooks 2.0.1: iss, aud, exp, iat, jti; kid in the header). */
export function signJwt(key: CryptoKey, path: string, o: SignOptions = {}): Promise<string> {
  let jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: o.kid ?? 'ehr-key-1' })
    .setIssuer(o.iss ?? ISS)
    .setAudience(o.aud ?? `${PUBLIC_URL}${path}`)
    .setIssuedAt()
    .setExpirationTime(o.expiresIn ?? '5m');
  if (o.jti !== null) jwt = jwt.setJti(o.jti ?? randomUUID());
  return jwt.sign(key);
}

export function storeOf(resources: readonly Resource[]): Promise<FhirStore> {
  return createFhirStore(resources);
}

/** Every prefetch key filled the way an EHR would: each template run against the FHIR store. */
export async function prefetchFrom(store: FhirStore, patientId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const read of PREFETCH_READS) {
    const res = await store.handle({ method: 'GET', url: fillTemplate(read.template, patientId), baseUrl: FHIR_BASE });
    out[read.key] = res.status === 200 ? res.body : { resourceType: 'OperationOutcome', issue: [] };
  }
  return out;
}

/** A draft riluzole order (the case files' builder): 50 mg twice a day unless `opts` says otherwise. */
export function riluzoleDraft(patientId: string, opts: MedOptions = {}, src?: MedSource): Record<string, unknown> {
  const order = riluzoleRequest(patientId, 99, { status: 'draft', ...opts }, src);
  return { ...order, id: 'draft-riluzole' } as Record<string, unknown>;
}

export function hookBody(
  hook: 'order-select' | 'order-sign' | 'patient-view',
  patientId: string,
  prefetch: Record<string, unknown> | undefined,
  drafts: readonly Record<string, unknown>[] = [],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const context: Record<string, unknown> = { userId: 'Practitioner/neuro-1', patientId };
  if (hook !== 'patient-view') {
    context.draftOrders = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: drafts.map((resource) => ({ resource })),
    };
  }
  if (hook === 'order-select') context.selections = drafts.map((d) => `MedicationRequest/${String(d.id)}`);
  return { hook, hookInstance: randomUUID(), context, ...(prefetch ? { prefetch } : {}), ...extra };
}
