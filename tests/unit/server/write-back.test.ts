/**
 * The write-back client (msw): a Backend Services token for system/Task.cu system/Provenance.c, one
 * transaction Bundle with the completed Task and its Provenance, the Task id from the response; a
 * refusal or no answer is a failed write-back with a one-line reason, never an exception.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBackendKey } from '../../../src/server/bulk/backend-auth';
import { createWriteBack, TASK_CODE_TEXT, type WriteBackInput } from '../../../src/server/worklist/write-back';
import { privateJwk } from './worklist-cli-helpers';

const BASE = 'https://ehr.example/fhir';
const TOKEN = 'https://ehr.example/auth/token';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const INPUT: WriteBackInput = {
  reviewId: 7,
  patientId: 'alt-stop-on-treatment',
  fhirUser: 'Practitioner/nurse-1',
  focus: 'Observation/alt-3',
  note: 'Called the patient; repeat labs booked.',
  at: '2026-11-25T09:00:00.000Z',
};

interface Seen {
  scopes: string[];
  bundles: Record<string, unknown>[];
  auth: string[];
}

function ehr(answer: () => Response): Seen {
  const seen: Seen = { scopes: [], bundles: [], auth: [] };
  server.use(
    http.get(`${BASE}/.well-known/smart-configuration`, () =>
      HttpResponse.json({ token_endpoint: TOKEN, capabilities: ['permission-v2'] }),
    ),
    http.post(TOKEN, async ({ request }) => {
      seen.scopes.push(new URLSearchParams(await request.text()).get('scope') ?? '');
      return HttpResponse.json({ access_token: 'write-token', token_type: 'bearer', expires_in: 300 });
    }),
    http.post(BASE, async ({ request }) => {
      seen.auth.push(request.headers.get('authorization') ?? '');
      seen.bundles.push((await request.json()) as Record<string, unknown>);
      return answer();
    }),
  );
  return seen;
}

const created = () =>
  HttpResponse.json({
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: [
      { response: { status: '201 Created', location: 'Task/task-9/_history/1' } },
      { response: { status: '201 Created', location: 'Provenance/prov-1/_history/1' } },
    ],
  });

const writeBack = async () =>
  createWriteBack({ fhirBase: BASE, clientId: 'worklist', key: await loadBackendKey(await privateJwk()) });

describe('write-back of an acknowledgement', () => {
  it('posts a completed Task and its Provenance as one transaction with a write-scoped token', async () => {
    const seen = ehr(created);
    expect(await (await writeBack())(INPUT)).toEqual({ status: 'ok', taskId: 'Task/task-9' });
    expect(seen.scopes).toEqual(['system/Task.cu system/Provenance.c']);
    expect(seen.auth).toEqual(['Bearer write-token']);
    const bundle = seen.bundles[0] as {
      type: string;
      entry: { fullUrl: string; resource: Record<string, unknown>; request: unknown }[];
    };
    expect(bundle.type).toBe('transaction');
    const [task, provenance] = bundle.entry;
    expect(task?.request).toEqual({ method: 'POST', url: 'Task' });
    expect(task?.resource).toMatchObject({
      resourceType: 'Task',
      status: 'completed',
      intent: 'order',
      code: { text: TASK_CODE_TEXT },
      focus: { reference: 'Observation/alt-3' },
      for: { reference: 'Patient/alt-stop-on-treatment' },
      owner: { reference: 'Practitioner/nurse-1' },
      requester: { reference: 'Practitioner/nurse-1' },
      note: [{ text: 'Called the patient; repeat labs booked.' }],
    });
    expect(provenance?.request).toEqual({ method: 'POST', url: 'Provenance' });
    expect(provenance?.resource).toMatchObject({
      resourceType: 'Provenance',
      target: [{ reference: task?.fullUrl }],
      agent: [{ who: { reference: 'Practitioner/nurse-1' } }],
    });
    expect(task?.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(String(provenance?.resource.recorded)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('leaves out focus and note when the row has no finding and the nurse wrote none', async () => {
    const seen = ehr(created);
    const { focus: _f, note: _n, ...bare } = INPUT;
    await (
      await writeBack()
    )(bare);
    const task = (seen.bundles[0] as { entry: { resource: Record<string, unknown> }[] }).entry[0]?.resource;
    expect(task).not.toHaveProperty('focus');
    expect(task).not.toHaveProperty('note');
  });

  it('reports a refusal as failed, in one line with references masked', async () => {
    ehr(() =>
      HttpResponse.json(
        {
          resourceType: 'OperationOutcome',
          issue: [
            { severity: 'error', code: 'forbidden', diagnostics: 'No write access to Patient/alt-stop-on-treatment' },
          ],
        },
        { status: 403 },
      ),
    );
    const result = await (await writeBack())(INPUT);
    expect(result).toEqual({
      status: 'failed',
      error: 'the EHR refused the Task (HTTP 403, No write access to Patient/…)',
    });
  });

  it('reports an EHR that cannot be reached, and a response without the Task, as failed', async () => {
    ehr(() => HttpResponse.error());
    expect(await (await writeBack())(INPUT)).toMatchObject({ status: 'failed', error: /could not be reached/ });
    server.resetHandlers();
    ehr(() => HttpResponse.json({ resourceType: 'Bundle', type: 'transaction-response', entry: [] }));
    expect(await (await writeBack())(INPUT)).toEqual({
      status: 'failed',
      error: 'the EHR answered without the Task it created',
    });
  });
});
