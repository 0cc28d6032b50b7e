/** SMART scopes (v1 `.read`, v2 `.rs`, wildcards) as granted in the token response. */

/** Splits a `scope` string from a token response. */
export function parseScopes(scope: unknown): readonly string[] {
  return typeof scope === 'string' ? scope.split(/\s+/).filter((s) => s.length > 0) : [];
}

// patient/Observation.read, user/*.rs, patient/Observation.rs?category=laboratory (v2 granular)
const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z*]+)\.([a-z*]+)(\?.*)?$/;

/**
 * True when `scopes` let the app read (`Type/id`) or search `resourceType`. A v2 granular scope
 * (`?category=...`) counts: the server narrows the results itself. An empty list means the token
 * response carried no `scope` at all: the app then asks and lets the server decide.
 */
export function canRead(
  scopes: readonly string[],
  resourceType: string,
  interaction: 'read' | 'search' = 'search',
): boolean {
  if (scopes.length === 0) return true;
  return scopes.some((scope) => {
    const m = RESOURCE_SCOPE.exec(scope);
    if (!m) return false;
    const [, , type, perms] = m;
    if (type !== '*' && type !== resourceType) return false;
    if (perms === 'read' || perms === '*') return true;
    // v2 permissions are a subset of "cruds" in that order: a read needs "r", a search "s".
    return perms !== undefined && /^c?r?u?d?s?$/.test(perms) && perms.includes(interaction === 'read' ? 'r' : 's');
  });
}
