/** The Bulk Data "complete" status body (Bulk Data IG 2.0, "Response - Complete Status"). */
export interface ManifestFile {
  readonly type: string;
  readonly url: string;
}

export interface Manifest {
  readonly transactionTime: string;
  readonly request: string;
  readonly requiresAccessToken: boolean;
  readonly output: readonly ManifestFile[];
  readonly error: readonly ManifestFile[];
}

/**
 * Reads and checks the manifest; file URLs are resolved against the status URL.
 * @returns a one-line reason instead when it is not a manifest
 */
export function parseManifest(body: unknown, statusUrl: string): Manifest | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the manifest is not a JSON object';
  const record = body as Record<string, unknown>;
  if (typeof record.transactionTime !== 'string') return 'the manifest has no transactionTime';
  if (!Array.isArray(record.output)) return 'the manifest has no output list';
  const output = files(record.output, statusUrl);
  if (typeof output === 'string') return output;
  const error = files(Array.isArray(record.error) ? record.error : [], statusUrl);
  if (typeof error === 'string') return error;
  return {
    transactionTime: record.transactionTime,
    request: typeof record.request === 'string' ? record.request : '',
    requiresAccessToken: record.requiresAccessToken === true,
    output,
    error,
  };
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

function files(list: readonly unknown[], base: string): ManifestFile[] | string {
  const out: ManifestFile[] = [];
  for (const item of list) {
    const entry = (item ?? {}) as { type?: unknown; url?: unknown };
    if (typeof entry.type !== 'string' || !RESOURCE_TYPE.test(entry.type)) return 'a manifest file has no valid type';
    if (typeof entry.url !== 'string') return `a ${entry.type} file in the manifest has no url`;
    let url: URL;
    try {
      url = new URL(entry.url, base);
    } catch {
      return `a ${entry.type} file in the manifest has an invalid url`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return `a ${entry.type} file url is not http(s)`;
    out.push({ type: entry.type, url: url.href });
  }
  return out;
}
