/**
 * `POST [base]` with a transaction Bundle, for the worklist's write-back: a Task (for a sandbox
 * patient) and Provenance entries targeting it, with a Backend Services token that grants
 * `system/Task.c` and `system/Provenance.c` (or `.cu`, `.write`). The resources go into that patient's
 * store; the answer is a transaction-response with each new resource's location. Nothing else is
 * accepted: the sandbox FHIR server stays read-only for apps.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provenance, Resource, Task } from '@medplum/fhirtypes';
import type { CaseSource } from '../case-source';
import { readBody, sendJson } from '../http';
import { type BackendAuth, systemAllowsWrite } from './backend-token';

const FHIR_JSON = 'application/fhir+json';

function refuse(res: ServerResponse, status: number, code: string, text: string): void {
  sendJson(
    res,
    status,
    { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text }] },
    FHIR_JSON,
  );
}

interface Entry {
  readonly fullUrl?: string;
  readonly resource?: Resource;
  readonly request?: { readonly method?: string; readonly url?: string };
}

function entriesOf(body: unknown): Entry[] | string {
  const b = body as { resourceType?: unknown; type?: unknown; entry?: unknown } | null;
  if (b?.resourceType !== 'Bundle' || b.type !== 'transaction' || !Array.isArray(b.entry)) {
    return 'Only a transaction Bundle is accepted here.';
  }
  const entries = b.entry as Entry[];
  for (const e of entries) {
    const type = e.resource?.resourceType;
    if ((type !== 'Task' && type !== 'Provenance') || e.request?.method !== 'POST' || e.request.url !== type) {
      return 'The sandbox accepts only POST of Task and Provenance in a transaction.';
    }
  }
  return entries.filter((e) => e.resource?.resourceType === 'Task').length === 1
    ? entries
    : 'The transaction must hold exactly one Task.';
}

export async function handleWriteBack(
  req: IncomingMessage,
  res: ServerResponse,
  auth: BackendAuth,
  cases: CaseSource,
): Promise<void> {
  const session = auth.authenticate(req.headers.authorization);
  if (typeof session === 'string') {
    res.setHeader('WWW-Authenticate', 'Bearer realm="sandbox", error="invalid_token"');
    return refuse(res, 401, 'login', `Access token ${session}.`);
  }
  if (!systemAllowsWrite(session.scope, 'Task', 'c') || !systemAllowsWrite(session.scope, 'Provenance', 'c')) {
    return refuse(res, 403, 'forbidden', 'The token does not grant system/Task.c and system/Provenance.c.');
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return refuse(res, 400, 'structure', 'The body is not JSON.');
  }
  const entries = entriesOf(body);
  if (typeof entries === 'string') return refuse(res, 400, 'not-supported', entries);
  const taskEntry = entries.find((e) => e.resource?.resourceType === 'Task');
  const task = taskEntry?.resource as Task;
  const patient = /^Patient\/([A-Za-z0-9\-.]{1,64})$/.exec(task.for?.reference ?? '')?.[1];
  const store = patient ? await cases.storeFor(patient) : undefined;
  if (!store) return refuse(res, 422, 'processing', 'Task.for must name a sandbox patient.');
  const createdTask = await store.create(task);
  const taskRef = `Task/${createdTask.id ?? ''}`;
  const out: { response: { status: string; location: string } }[] = [];
  for (const e of entries) {
    if (e === taskEntry) {
      out.push({ response: { status: '201 Created', location: `${taskRef}/_history/1` } });
      continue;
    }
    const prov = e.resource as Provenance;
    const target = (prov.target ?? []).map((t) => (t.reference === taskEntry?.fullUrl ? { reference: taskRef } : t));
    const created = await store.create({ ...prov, target });
    out.push({ response: { status: '201 Created', location: `Provenance/${created.id ?? ''}/_history/1` } });
  }
  sendJson(res, 200, { resourceType: 'Bundle', type: 'transaction-response', entry: out }, FHIR_JSON);
}
