import { mask } from './error-files';
import { ExportError, type ExportOptions } from './export-types';
import { discard, retryAfterMs, withRetry, type RetryPolicy } from './http-retry';

/** Polls without a Retry-After wait this long at first, doubling up to a minute. */
const MAX_POLL_WAIT_MS = 60_000;
const DEFAULT_MAX_WAIT_MS = 6 * 3600_000;

/** One request with the current bearer token (if any), retried as the policy says. */
export function withAuth(
  url: string,
  method: 'GET' | 'DELETE',
  opts: ExportOptions,
  doFetch: typeof fetch,
  policy: RetryPolicy,
  extra: Record<string, string> = {},
): Promise<Response> {
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    if (opts.auth) headers.authorization = `Bearer ${await opts.auth.token()}`;
    return doFetch(url, { method, headers, ...(opts.signal && { signal: opts.signal }) });
  };
  return withRetry(send, policy);
}

/**
 * Starts the export. @returns the status URL (`Content-Location`)
 * @throws ExportError('kick-off-refused') when the server does not accept it
 */
export async function kickOff(
  opts: ExportOptions,
  types: readonly string[],
  doFetch: typeof fetch,
  policy: RetryPolicy,
): Promise<string> {
  const url = new URL(`${opts.fhirBase.replace(/\/+$/, '')}/Group/${encodeURIComponent(opts.groupId)}/$export`);
  url.searchParams.set('_type', types.join(','));
  for (const filter of opts.typeFilter ?? []) url.searchParams.append('_typeFilter', filter);
  const response = await withAuth(url.href, 'GET', opts, doFetch, policy, {
    accept: 'application/fhir+json',
    prefer: 'respond-async',
  });
  const location = response.headers.get('content-location');
  if (response.status === 202 && location) {
    discard(response);
    return new URL(location, url).href;
  }
  const wait = response.status === 429 ? retryAfterMs(response.headers.get('retry-after')) : undefined;
  const waitWords = wait !== undefined ? ` (the server asks to wait ${Math.ceil(wait / 1000)} s)` : '';
  throw new ExportError(
    'kick-off-refused',
    `the kick-off was refused: ${await outcomeText(response)}${waitWords}`,
    wait,
  );
}

/**
 * Polls the status URL until the manifest comes (honouring Retry-After and reporting X-Progress).
 * @returns the manifest's JSON
 * @throws ExportError('status-failed' | 'timed-out')
 */
export async function pollStatus(
  statusUrl: string,
  opts: ExportOptions,
  doFetch: typeof fetch,
  policy: RetryPolicy,
): Promise<unknown> {
  const maxWait = opts.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  let waited = 0;
  for (let poll = 1; ; poll += 1) {
    const response = await withAuth(statusUrl, 'GET', opts, doFetch, policy);
    if (response.status === 200) {
      const body: unknown = await response.json().catch(() => undefined);
      return body;
    }
    if (response.status !== 202) {
      throw new ExportError('status-failed', `the export failed on the server: ${await outcomeText(response)}`);
    }
    discard(response);
    const fallback = Math.min(policy.backoffMs * 2 ** (poll - 1), MAX_POLL_WAIT_MS);
    const wait = retryAfterMs(response.headers.get('retry-after')) ?? fallback;
    const progress = response.headers.get('x-progress')?.slice(0, 100);
    opts.onProgress?.({ kind: 'server-progress', ...(progress && { progress }), retryAfterMs: wait });
    if (waited + wait > maxWait) {
      throw new ExportError('timed-out', `the export was not ready after ${Math.round(waited / 1000)} s`);
    }
    await policy.sleep(wait);
    waited += wait;
  }
}

/** An error response in one line: its OperationOutcome's first diagnostics (masked), or the status. */
export async function outcomeText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const issue = (JSON.parse(text) as { issue?: { diagnostics?: unknown; details?: { text?: unknown } }[] }).issue;
    const words = issue?.[0]?.diagnostics ?? issue?.[0]?.details?.text;
    if (typeof words === 'string' && words !== '') return `HTTP ${response.status}, ${mask(words)}`;
  } catch {
    // not JSON: the status alone
  }
  return `HTTP ${response.status}`;
}
