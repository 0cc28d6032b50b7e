import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { discard, withRetry, type RetryPolicy } from './http-retry';

/** Bytes between two download progress reports. */
const REPORT_EVERY = 1 << 20;

export type DownloadOutcome = { readonly ok: true; readonly bytes: number } | { readonly ok: false; message: string };

/**
 * Streams one output file to `path` (never held whole in memory), retrying 429, 5xx and a
 * dropped connection as a whole new download. A partial file is removed.
 * @param token - the bearer token when the manifest says `requiresAccessToken`
 */
export async function downloadFile(
  url: string,
  path: string,
  token: (() => Promise<string>) | undefined,
  policy: RetryPolicy,
  doFetch: typeof fetch,
  onBytes: (bytes: number) => void,
): Promise<DownloadOutcome> {
  let lastProblem = 'no attempt made';
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt += 1) {
    const send = async (): Promise<Response> => {
      const headers: Record<string, string> = { accept: 'application/fhir+ndjson' };
      if (token) headers.authorization = `Bearer ${await token()}`;
      return doFetch(url, { headers, ...(policy.signal && { signal: policy.signal }) });
    };
    let response: Response;
    try {
      response = await withRetry(send, policy);
    } catch (error) {
      return { ok: false, message: `the download failed (${networkProblem(error)})` };
    }
    if (!response.ok || response.body === null) {
      discard(response);
      return { ok: false, message: `the download answered HTTP ${response.status}` };
    }
    let bytes = 0;
    let reported = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        if (bytes - reported >= REPORT_EVERY) {
          onBytes(bytes - reported);
          reported = bytes;
        }
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), count, createWriteStream(path));
      onBytes(bytes - reported);
      return { ok: true, bytes };
    } catch (error) {
      // The connection broke mid-file: start the file again (the bytes so far are not counted twice).
      onBytes(-reported);
      await rm(path, { force: true });
      lastProblem = networkProblem(error);
      if (policy.signal?.aborted) break;
      await policy.sleep(policy.backoffMs * 2 ** (attempt - 1));
    }
  }
  return { ok: false, message: `the download broke off (${lastProblem})` };
}

/** A network error in a few words (Node's fetch wraps the cause). */
export function networkProblem(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message.slice(0, 120) : 'unknown error';
}
