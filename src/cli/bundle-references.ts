import { isObject } from './sourced-resource';

/**
 * Transaction bundles (Synthea's, for one) give resources no id and refer to each other by
 * `fullUrl` (`urn:uuid:…`), or use absolute URLs; the normaliser matches `Patient/<id>`. So before a
 * bundle's resources go on, each gets an id (from `fullUrl` or a PUT's `request.url`) and every
 * reference to a `fullUrl` of the same bundle is rewritten to `Type/id`, as a FHIR server would.
 */
export function resolveBundleReferences(entries: readonly unknown[]): void {
  const targets = new Map<string, string>();
  for (const entry of entries) {
    if (!isObject(entry) || !isObject(entry.resource)) continue;
    const resource = entry.resource;
    if (typeof resource.resourceType !== 'string') continue;
    const id = typeof resource.id === 'string' && resource.id !== '' ? resource.id : idFromEntry(entry);
    if (id === undefined) continue;
    resource.id = id;
    const relative = `${resource.resourceType}/${id}`;
    if (typeof entry.fullUrl === 'string' && entry.fullUrl !== relative) targets.set(entry.fullUrl, relative);
  }
  if (targets.size === 0) return;
  for (const entry of entries) {
    if (isObject(entry) && isObject(entry.resource)) rewriteReferences(entry.resource, targets);
  }
}

/** The id a server would give: a PUT's `Type/id` url, else the last segment of `fullUrl`. */
function idFromEntry(entry: Record<string, unknown>): string | undefined {
  const request = entry.request;
  if (isObject(request) && request.method === 'PUT' && typeof request.url === 'string') {
    const match = /^[A-Za-z]+\/([A-Za-z0-9\-.]{1,64})$/.exec(request.url);
    if (match?.[1]) return match[1];
  }
  if (typeof entry.fullUrl === 'string') {
    const match = /(?:urn:uuid:|urn:oid:|\/)([A-Za-z0-9\-.]{1,64})$/.exec(entry.fullUrl);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Without recursion: a resource (or a Bundle inside one) may be nested thousands of levels deep. */
function rewriteReferences(root: unknown, targets: ReadonlyMap<string, string>): void {
  const pending: unknown[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'reference' && typeof value === 'string') {
        const target = targets.get(value);
        if (target !== undefined) node.reference = target;
      } else if (typeof value === 'object' && value !== null) {
        pending.push(value);
      }
    }
  }
}
