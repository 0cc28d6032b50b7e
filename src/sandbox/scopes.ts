/** SMART scope arithmetic for the sandbox: v1 (`.read`, `.*`) and v2 (`.rs`, `.cruds`) forms. */

const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z*]+)\.([a-z*]+)(\?.*)?$/;

export function splitScope(scope: string): string[] {
  return scope.split(/\s+/).filter(Boolean);
}

function scopeType(s: string): string | undefined {
  return RESOURCE_SCOPE.exec(s)?.[2];
}

/**
 * What the sandbox grants for a request: everything asked except the denied resource type.
 * `openid fhirUser` are granted: the token response then carries an id_token (smart-auth.ts).
 */
export function grantScope(requested: string, deniedType?: string): string {
  return splitScope(requested)
    .filter((s) => !deniedType || scopeType(s) !== deniedType)
    .join(' ');
}

/** OpenID Connect with SMART's fhirUser claim: both scopes granted. */
export function wantsIdToken(granted: string): boolean {
  const scopes = splitScope(granted);
  return scopes.includes('openid') && scopes.includes('fhirUser');
}

/** Whether a granted scope lets the client read (`r`) or search (`s`) a resource type. */
export function allows(granted: string, resourceType: string, action: 'r' | 's'): boolean {
  return splitScope(granted).some((s) => {
    const m = RESOURCE_SCOPE.exec(s);
    if (!m || (m[2] !== resourceType && m[2] !== '*')) return false;
    const perm = m[3] ?? '';
    return perm === 'read' || perm === '*' || (/^c?r?u?d?s?$/.test(perm) && perm.includes(action));
  });
}

/** Refresh tokens are issued only when the client asked for online or offline access. */
export function wantsRefresh(granted: string): boolean {
  return splitScope(granted).some((s) => s === 'online_access' || s === 'offline_access');
}
