/**
 * The worklist's write-back against the sandbox EHR over HTTP: the demo backend client gets a token
 * for system/Task.cu system/Provenance.c, the transaction lands in the patient's store (the Task, and
 * a Provenance whose target is the new Task); a read-only export token is refused, and no token too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Provenance, Task } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendServicesTokens, loadBackendKey } from '../../../src/server/bulk/backend-auth';
import { exportTypes } from '../../../src/server/bulk/export-group';
import { SANDBOX_BACKEND_CLIENT_ID } from '../../../src/sandbox/bulk/demo-keys';
import { createWriteBack, writeBackBundle } from '../../../src/server/worklist/write-back';
import { ALL_CASES } from '../../cases';
import { startSandbox, type RunningSandbox } from './bulk-sandbox';

const CASES = ALL_CASES.filter((c) => c.id === 'alt-stop-on-treatment').map((c) => ({ ...c, sandbox: true }));
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox(CASES);
}, 60_000);
afterAll(() => sandbox.close());

const key = async () => loadBackendKey(await readFile(join(sandbox.keyDir, 'backend-key.jwk.json'), 'utf8'));
const INPUT = {
  reviewId: 1,
  patientId: 'alt-stop-on-treatment',
  fhirUser: 'Practitioner/sandbox-nurse',
  focus: 'Observation/x',
  note: 'seen',
  at: '2026-11-25T09:00:00.000Z',
};

describe('sandbox write-back', { timeout: 60_000 }, () => {
  it('stores the Task and its Provenance in the patient store and answers with the Task id', async () => {
    const writeBack = createWriteBack({
      fhirBase: sandbox.fhirBase,
      clientId: SANDBOX_BACKEND_CLIENT_ID,
      key: await key(),
    });
    const result = await writeBack(INPUT);
    expect(result.status).toBe('ok');
    const taskId = result.status === 'ok' ? result.taskId : '';
    const store = await sandbox.source.storeFor('alt-stop-on-treatment');
    const base = sandbox.fhirBase;
    const task = (await store?.handle({ method: 'GET', url: taskId, baseUrl: base }))?.body as Task;
    expect(task).toMatchObject({ status: 'completed', for: { reference: 'Patient/alt-stop-on-treatment' } });
    const provs = (await store?.handle({ method: 'GET', url: 'Provenance', baseUrl: base }))?.body as {
      entry?: { resource?: Provenance }[];
    };
    expect(provs.entry?.map((e) => e.resource?.target?.[0]?.reference)).toEqual([taskId]);
  });

  it('refuses a token without the write scopes (403) and a request without a token (401)', async () => {
    const readOnly = backendServicesTokens({
      fhirBase: sandbox.fhirBase,
      clientId: SANDBOX_BACKEND_CLIENT_ID,
      key: await key(),
      types: exportTypes({}),
    });
    const body = JSON.stringify(writeBackBundle(INPUT, crypto.randomUUID(), new Date().toISOString()));
    const headers = { 'content-type': 'application/fhir+json' };
    const denied = await fetch(sandbox.fhirBase, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${await readOnly.token()}` },
      body,
    });
    expect(denied.status).toBe(403);
    expect((await fetch(sandbox.fhirBase, { method: 'POST', headers, body })).status).toBe(401);
  });
});
