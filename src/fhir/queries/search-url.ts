/** URL helpers for FHIR searches: code lists that fit in a GET, and `next` links we may follow. */

/**
 * Splits already-encoded codes into comma-joined lists of at most `budget` characters each, so a
 * long LOINC set becomes several searches instead of one URL a server or proxy would cut.
 */
export function chunkCodes(encodedCodes: readonly string[], budget: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const code of encodedCodes) {
    const candidate = current ? `${current},${code}` : code;
    if (current && candidate.length > budget) {
      chunks.push(current);
      current = code;
    } else {
      current = candidate;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * True when `url` is on the FHIR server's origin and under its base path. A `next` link elsewhere
 * would receive the bearer token, so it is never followed.
 */
export function isOnServer(url: string, serverUrl: string): boolean {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(serverUrl);
  } catch {
    return false;
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  return target.origin === base.origin && (target.pathname === basePath || target.pathname.startsWith(`${basePath}/`));
}
