/**
 * `npm run bench:cds`: the CDS service's latency on loopback (real HTTP, one request at a time).
 * 1. order-select with full prefetch (a case file's patient, from the sandbox's FHIR store), 1,000
 *    requests, beside a bare JSON echo endpoint of the same server given the same body;
 * 2. the FHIR-read fallback (no prefetch: fhirServer + fhirAuthorization), against a loopback FHIR
 *    server with 100 ms added to every response, 100 requests (BENCH_FALLBACK_N).
 * JWTs are signed before the clock starts (an EHR signs its own); the service verifies each one
 * against a JWKS served over loopback HTTP (fetched once, then cached by jose).
 * BENCH_N and BENCH_CASE change the request count and the patient.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { DEFAULT_SETTINGS } from '../../src/rules';
import { createFhirStore } from '../../src/sandbox/fhir-store';
import { buildServer, DEFAULT_CONFIG } from '../../src/server';
import { openDatabase } from '../../src/server/store';
import { fillTemplate, PREFETCH_READS } from '../../src/server/cds/prefetch-plan';
import { ALL_CASES } from '../cases';
import { riluzoleRequest } from '../cases/support/medications';

const N = Number(process.env.BENCH_N ?? 1000);
const FALLBACK_N = Number(process.env.BENCH_FALLBACK_N ?? 100);
const CASE_ID = process.env.BENCH_CASE ?? 'no-baseline-labs';
const AS_OF = '2026-11-25';
const ADDED_LATENCY_MS = 100;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${(s[s.length - 1] ?? NaN).toFixed(1)} ms (n=${s.length})`;
}

const c = ALL_CASES.find((x) => x.id === CASE_ID);
if (!c) throw new Error(`no case ${CASE_ID}`);
const store = await createFhirStore(c.build(AS_OF).resources);

// The EHR: a JWKS and a FHIR server (with added latency) on loopback.
const { privateKey, publicKey } = await generateKeyPair('ES384');
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES384' }] };
const ehr = Fastify({ logger: false });
ehr.get('/jwks.json', async () => jwks);
ehr.get('/fhir/*', async (request, reply) => {
  await sleep(ADDED_LATENCY_MS);
  const rel = request.url.slice('/fhir/'.length);
  const out = await store.handle({ method: 'GET', url: rel, baseUrl: `${ehrBase}/fhir` });
  return reply.code(out.status).type('application/fhir+json').send(out.body);
});
const ehrBase = (await ehr.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
const ISS = 'https://bench-ehr.example.org';

const config = {
  ...DEFAULT_CONFIG,
  cds: {
    trustedIssuers: [{ iss: ISS, jwksUrl: `${ehrBase}/jwks.json` }],
    appLaunchUrl: DEFAULT_CONFIG.cds.appLaunchUrl,
  },
};
const app = buildServer(config, {
  settings: DEFAULT_SETTINGS,
  logger: false,
  echo: true,
  today: () => AS_OF,
  db: openDatabase(':memory:'),
});
const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
const SERVICE = '/cds-services/riluzole-order-select';

const prefetch: Record<string, unknown> = {};
for (const read of PREFETCH_READS) {
  prefetch[read.key] = (
    await store.handle({ method: 'GET', url: fillTemplate(read.template, c.id), baseUrl: `${ehrBase}/fhir` })
  ).body;
}
const draft = { ...riluzoleRequest(c.id, 99, { status: 'draft' }), id: 'draft-1' };
const body = (withPrefetch: boolean): string =>
  JSON.stringify({
    hook: 'order-select',
    hookInstance: randomUUID(),
    context: {
      userId: 'Practitioner/1',
      patientId: c.id,
      selections: ['MedicationRequest/draft-1'],
      draftOrders: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: draft }] },
    },
    ...(withPrefetch
      ? { prefetch }
      : {
          fhirServer: `${ehrBase}/fhir`,
          fhirAuthorization: {
            access_token: 'bench-token',
            token_type: 'Bearer',
            expires_in: 300,
            scope: 'patient/*.read',
            subject: 'cds',
          },
        }),
  });
const sign = (): Promise<string> =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', kid: 'bench', typ: 'JWT' })
    .setIssuer(ISS)
    .setAudience(`${base}${SERVICE}`)
    .setIssuedAt()
    .setExpirationTime('10m')
    .setJti(randomUUID())
    .sign(privateKey);

async function run(path: string, n: number, payload: string, tokens: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(tokens[i] ? { authorization: `Bearer ${tokens[i]}` } : {}) },
      body: payload,
    });
    const text = await res.text();
    times.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 200)}`);
  }
  return times;
}

const full = body(true);
const tokens = await Promise.all(Array.from({ length: N + 20 + FALLBACK_N + 5 }, sign));
// Warm-up: the JWKS fetch, UCUM, JIT.
await run(SERVICE, 20, full, tokens.slice(0, 20));
await run('/echo', 20, full, []);
const echo = await run('/echo', N, full, []);
const hook = await run(SERVICE, N, full, tokens.slice(20, 20 + N));
const fallbackTokens = tokens.slice(20 + N);
await run(SERVICE, 5, body(false), fallbackTokens.slice(0, 5));
const fallback = await run(SERVICE, FALLBACK_N, body(false), fallbackTokens.slice(5));

const kb = (Buffer.byteLength(full) / 1024).toFixed(0);
console.log(`patient ${c.id}: ${PREFETCH_READS.length} prefetch keys, request body ${kb} kB`);
console.log(`echo endpoint (same body):      ${stats(echo)}`);
console.log(`order-select with prefetch:     ${stats(hook)}`);
console.log(`order-select, FHIR fallback at +${ADDED_LATENCY_MS} ms per read: ${stats(fallback)}`);
await app.close();
await ehr.close();
