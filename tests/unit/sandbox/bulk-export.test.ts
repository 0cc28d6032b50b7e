import { rm } from 'node:fs/promises';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/rules';
import { assessExport } from '../../../src/server/bulk/assess-export';
import { clientAssertion, loadBackendKey } from '../../../src/server/bulk/backend-auth';
import { ExportError } from '../../../src/server/bulk/export-group';
import type { ExportResult } from '../../../src/server/bulk/export-types';
import { SANDBOX_BACKEND_CLIENT_ID } from '../../../src/sandbox/bulk/demo-keys';
import { localToday } from '../../../src/sandbox/case-source';
import { ALL_CASES } from '../../cases';
import { sandboxExport, startSandbox, type RunningSandbox } from './bulk-sandbox';

/** A few sandbox patients: a Medplum search per patient and type, so keep it small and quick. */
const CASES = ALL_CASES.filter((c) =>
  ['eligible-baseline-normal', 'alt-stop-on-treatment', 'riluzole-referenced-medication', 'riluzole-allergy'].includes(
    c.id,
  ),
).map((c) => ({ ...c, sandbox: true }));

/** The sandbox dates its cases from today; so does the assessment. */
const TODAY = localToday();
let sandbox: RunningSandbox;
const results: ExportResult[] = [];
beforeAll(async () => {
  sandbox = await startSandbox(CASES);
}, 60_000);
afterEach(async () => {
  for (const r of results.splice(0)) await rm(r.dir, { recursive: true, force: true });
});
afterAll(() => sandbox.close());

async function exported(groupId: string): Promise<Awaited<ReturnType<typeof sandboxExport>>> {
  const run = await sandboxExport(sandbox, groupId);
  results.push(run.result);
  return run;
}

async function statuses(result: ExportResult): Promise<Map<string, [string, string]>> {
  const out = new Map<string, [string, string]>();
  for await (const one of assessExport(result, { asOf: TODAY, policy: 'us', settings: DEFAULT_SETTINGS })) {
    out.set(one.patientId, [one.assessment.eligibility.status, one.assessment.monitoring.status]);
  }
  return out;
}

describe('the sandbox Bulk Data server, exported by the worklist client', () => {
  it('exports the Group through Backend Services, and the job is deleted at the end', async () => {
    const { result } = await exported('als-clinic');
    expect(result.failedTypes).toEqual([]);
    expect(new Set(result.files.map((f) => f.type))).toEqual(
      new Set(['Patient', 'Observation', 'MedicationRequest', 'Condition', 'AllergyIntolerance', 'Medication']),
    );
    expect(sandbox.bulk.routes.jobs.size).toBe(0);
    const assessed = await statuses(result);
    expect([...assessed.keys()].sort()).toEqual(CASES.map((c) => c.id).sort());
    for (const c of CASES) {
      const { expected } = c.build(TODAY);
      if (expected.eligibility) expect(assessed.get(c.id)?.[0], c.id).toBe(expected.eligibility);
      if (expected.monitoring) expect(assessed.get(c.id)?.[1], c.id).toBe(expected.monitoring);
    }
    expect(assessed.get('alt-stop-on-treatment')?.[1]).toBe('stop-recommended');
  }, 60_000);

  it('slow: polls on 202 with X-Progress until the manifest comes', async () => {
    const { progress, sleeps } = await exported('als-clinic.slow');
    const polls = progress.filter((p) => p.kind === 'server-progress');
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls.at(-1)).toMatchObject({ progress: `${CASES.length} of ${CASES.length} patients`, retryAfterMs: 1000 });
    expect(sleeps).toContain(1000);
  }, 60_000);

  it('429: retries the kick-off after its Retry-After', async () => {
    const { result, sleeps } = await exported('als-clinic.429');
    expect(result.failedTypes).toEqual([]);
    expect(sleeps[0]).toBe(1000);
  }, 60_000);

  it('a failed file: that type could not be read for every patient, none reads eligible', async () => {
    const { result } = await exported('als-clinic.failed-Observation');
    expect(result.failedTypes).toEqual(['Observation']);
    const assessed = await statuses(result);
    expect(assessed.size).toBe(CASES.length);
    for (const [, [eligibility, monitoring]] of assessed) {
      expect(eligibility).not.toBe('eligible');
      expect(monitoring).not.toBe('up-to-date');
    }
  }, 60_000);

  it('an error file entry: its type is failed and the entry reported', async () => {
    const { result } = await exported('als-clinic.error-Condition');
    expect(result.failedTypes).toEqual(['Condition']);
    expect(result.errors).toEqual([{ type: 'Condition', message: 'error: Could not export Condition: timeout.' }]);
  }, 60_000);

  it('an expired token: the client signs a new assertion and goes on', async () => {
    const before = sandbox.tokenRequests;
    const { result } = await exported('als-clinic.expired-token');
    expect(result.failedTypes).toEqual([]);
    expect(sandbox.tokenRequests - before).toBe(2);
  }, 60_000);

  it('refuses an unregistered key, a replayed jti, a missing Prefer and a bad Group', async () => {
    const tokenUrl = `${sandbox.origin}/sandbox/auth/token`;
    const post = (assertion: string): Promise<Response> =>
      fetch(tokenUrl, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          scope: 'system/Patient.rs',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: assertion,
        }),
      });
    const stranger = await generateKeyPair('ES384', { extractable: true });
    const strangerJwk = { ...(await exportJWK(stranger.privateKey)), kid: 'stranger' };
    const forged = await clientAssertion(
      SANDBOX_BACKEND_CLIENT_ID,
      tokenUrl,
      await loadBackendKey(JSON.stringify(strangerJwk)),
    );
    expect((await post(forged)).status).toBe(401);
    const registered = sandbox.bulk.keys.jwks.keys[0]?.kid ?? '';
    const wrongKey = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384', kid: registered })
      .setIssuer(SANDBOX_BACKEND_CLIENT_ID)
      .setSubject(SANDBOX_BACKEND_CLIENT_ID)
      .setAudience(tokenUrl)
      .setJti('j1')
      .setExpirationTime('5m')
      .sign(stranger.privateKey);
    expect((await post(wrongKey)).status).toBe(401);

    const { readFile } = await import('node:fs/promises');
    const key = await loadBackendKey(await readFile(sandbox.bulk.keys.privateKeyPath, 'utf8'));
    const good = await clientAssertion(SANDBOX_BACKEND_CLIENT_ID, tokenUrl, key);
    const first = await post(good);
    expect(first.status).toBe(200);
    expect((await post(good)).status).toBe(401); // the same jti again
    const { access_token: token } = (await first.json()) as { access_token: string };
    const kick = (headers: Record<string, string>, group = 'als-clinic'): Promise<Response> =>
      fetch(`${sandbox.fhirBase}/Group/${group}/$export?_type=Patient`, {
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
    expect((await kick({})).status).toBe(400);
    expect((await kick({ prefer: 'respond-async' }, 'other-clinic')).status).toBe(404);
    expect(
      (await fetch(`${sandbox.fhirBase}/Group/als-clinic/$export`, { headers: { prefer: 'respond-async' } })).status,
    ).toBe(401);
    const wider = await fetch(`${sandbox.fhirBase}/Group/als-clinic/$export?_type=Observation`, {
      headers: { authorization: `Bearer ${token}`, prefer: 'respond-async' },
    });
    expect(wider.status).toBe(403); // the token holds system/Patient.rs only
    await expect(sandboxExport(sandbox, 'no-such-group')).rejects.toBeInstanceOf(ExportError);
  }, 60_000);
});
