import type { TokenSource } from './export-types';

/** How a request is retried: on 429 and 5xx (honouring Retry-After), network errors, and one 401. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A 401 drops the cached token and tries once more with a new one. */
  readonly auth?: TokenSource;
  readonly signal?: AbortSignal;
}

/** The longest wait between two attempts, whatever the server's Retry-After says. */
const MAX_WAIT_MS = 10 * 60_000;

/** Sleeps, unless the signal aborts first. */
export function timerSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Sends a request until it is answered with something other than 429, 5xx or (once) 401, or the
 * attempts run out; the last response is returned either way, for the caller to judge.
 * @param send - makes the request anew (with a current token) on each attempt
 * @throws the network error of the last attempt, when no attempt got a response
 */
export async function withRetry(send: () => Promise<Response>, policy: RetryPolicy): Promise<Response> {
  let renewed = false;
  for (let attempt = 1; ; attempt += 1) {
    if (policy.signal?.aborted) throw new Error('cancelled');
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      // fetch rejects with a TypeError for network failures; anything else (no token) is final.
      if (!(error instanceof TypeError) || attempt >= policy.maxAttempts || policy.signal?.aborted) throw error;
      await policy.sleep(backoff(policy.backoffMs, attempt));
      continue;
    }
    if (response.status === 401 && policy.auth && !renewed) {
      discard(response);
      policy.auth.invalidate();
      renewed = true;
      attempt -= 1; // a token renewal is not a failed attempt
      continue;
    }
    if (!isRetryable(response.status) || attempt >= policy.maxAttempts) return response;
    const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff(policy.backoffMs, attempt);
    // A server that asks for a longer wait than we keep a request open is answered by the caller
    // (the schedule waits that long), never by retrying early.
    if (wait > MAX_WAIT_MS) return response;
    discard(response);
    await policy.sleep(wait);
  }
}

export function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Exponential: base, 2×base, 4×base… */
export function backoff(baseMs: number, attempt: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), MAX_WAIT_MS);
}

/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110 10.2.3).
 * @returns undefined when absent or unreadable
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Lets an unread body go without waiting on it (an awaited cancel() can hang on some streams;
 * under msw it does).
 */
export function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
