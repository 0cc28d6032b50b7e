/**
 * Write-back of an acknowledgement to the EHR (`worklist.writeBack: true`): one transaction Bundle
 * with a completed `Task` (focus the driving finding's evidence, for the patient, owner and requester
 * the reviewer's fhirUser, the nurse's note) and a `Provenance` of it, sent with a Backend Services
 * token for `system/Task.cu system/Provenance.c`. The local review is the source of truth: this only
 * reports how the write went; the caller records it on the review, and nothing retries it unseen.
 */
import { mask } from '../bulk/error-files';
import { backendServicesTokens, type BackendKey } from '../bulk/backend-auth';
import { outcomeText } from '../bulk/status';
import type { TokenSource } from '../bulk/export-types';

/** The scopes the write-back's token asks, SMART v2 and v1 spellings. */
export const WRITE_BACK_SCOPES = {
  rs: 'system/Task.cu system/Provenance.c',
  read: 'system/Task.write system/Provenance.write',
};

export const TASK_CODE_TEXT = 'Riluzole Monitor review: acknowledged';
export const REVIEW_IDENTIFIER_SYSTEM = 'urn:riluzole-monitor:review';

export interface WriteBackInput {
  /** The local review's id (kept on the Task as an identifier). */
  readonly reviewId: number;
  readonly patientId: string;
  /** The reviewer's fhirUser (`Practitioner/123` or an absolute URL). */
  readonly fhirUser: string;
  /** The driving finding's evidence resource (`Observation/123`), when the row has one. */
  readonly focus?: string;
  readonly note?: string;
  /** When the review was made (ISO date-time). */
  readonly at: string;
}

export type WriteBackResult =
  { readonly status: 'ok'; readonly taskId: string } | { readonly status: 'failed'; readonly error: string };

export type ReviewWriteBack = (input: WriteBackInput) => Promise<WriteBackResult>;

const TASK_URN = 'urn:uuid:';

/** The transaction Bundle for one acknowledgement (pure). */
export function writeBackBundle(input: WriteBackInput, taskUuid: string, recorded: string): Record<string, unknown> {
  const who = { reference: input.fhirUser };
  const task = {
    resourceType: 'Task',
    identifier: [{ system: REVIEW_IDENTIFIER_SYSTEM, value: String(input.reviewId) }],
    status: 'completed',
    intent: 'order',
    code: { text: TASK_CODE_TEXT },
    ...(input.focus ? { focus: { reference: input.focus } } : {}),
    for: { reference: `Patient/${input.patientId}` },
    authoredOn: input.at,
    lastModified: input.at,
    requester: who,
    owner: who,
    ...(input.note ? { note: [{ authorReference: who, time: input.at, text: input.note }] } : {}),
  };
  const provenance = {
    resourceType: 'Provenance',
    target: [{ reference: `${TASK_URN}${taskUuid}` }],
    recorded,
    agent: [
      {
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author' }],
        },
        who,
      },
    ],
  };
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      { fullUrl: `${TASK_URN}${taskUuid}`, resource: task, request: { method: 'POST', url: 'Task' } },
      {
        fullUrl: `${TASK_URN}${crypto.randomUUID()}`,
        resource: provenance,
        request: { method: 'POST', url: 'Provenance' },
      },
    ],
  };
}

/** `Task/123` from a transaction-response entry's `location` (`Task/123/_history/1` or absolute). */
export function taskIdOf(response: unknown): string | undefined {
  const entry = (response as { entry?: { response?: { status?: unknown; location?: unknown } }[] } | null)?.entry;
  const first = entry?.[0]?.response;
  if (typeof first?.status !== 'string' || !first.status.startsWith('201')) return undefined;
  const m = typeof first.location === 'string' ? /(?:^|\/)Task\/([A-Za-z0-9\-.]{1,64})/.exec(first.location) : null;
  return m?.[1] ? `Task/${m[1]}` : undefined;
}

export interface WriteBackOptions {
  readonly fhirBase: string;
  readonly clientId: string;
  readonly key: BackendKey;
  readonly fetch?: typeof fetch;
  /** Tests: a fixed token source. */
  readonly tokens?: TokenSource;
  readonly timeoutMs?: number;
}

export function createWriteBack(opts: WriteBackOptions): ReviewWriteBack {
  const doFetch = opts.fetch ?? fetch;
  const tokens =
    opts.tokens ??
    backendServicesTokens({
      fhirBase: opts.fhirBase,
      clientId: opts.clientId,
      key: opts.key,
      types: [],
      scope: WRITE_BACK_SCOPES,
      ...(opts.fetch && { fetch: opts.fetch }),
    });
  const base = opts.fhirBase.replace(/\/+$/, '');
  return async (input) => {
    let response: Response;
    try {
      const token = await tokens.token();
      response = await doFetch(base, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/fhir+json',
          accept: 'application/fhir+json',
        },
        body: JSON.stringify(writeBackBundle(input, crypto.randomUUID(), new Date().toISOString())),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : 'no answer';
      return { status: 'failed', error: `the EHR could not be reached (${mask(why ?? 'no answer')})` };
    }
    if (response.status === 401) tokens.invalidate();
    if (!response.ok) return { status: 'failed', error: `the EHR refused the Task (${await outcomeText(response)})` };
    const taskId = taskIdOf(await response.json().catch(() => undefined));
    return taskId
      ? { status: 'ok', taskId }
      : { status: 'failed', error: 'the EHR answered without the Task it created' };
  };
}
