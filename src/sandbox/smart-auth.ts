import { type Faults, NO_FAULTS } from './faults';
import { createIdTokenKey, type IdTokenKey } from './id-token-key';
import { grantScope, splitScope, wantsIdToken, wantsRefresh } from './scopes';
import { SANDBOX_NURSE, SANDBOX_NURSE_NAME } from './staff';

/** One EHR launch context made by the sandbox page: whose chart, and which faults. */
export interface Launch {
  readonly id: string;
  readonly patient: string;
  readonly faults: Faults;
}

/** What an access token stands for. Kept in memory only; tokens are never logged. */
export interface Session {
  /** The patient in context; absent for a sign-in only (the worklist: `openid fhirUser`). */
  readonly patient?: string;
  readonly scope: string;
  readonly faults: Faults;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

interface PendingCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly challenge: string;
  readonly scope: string;
  readonly patient?: string;
  /** The FHIR base the client asked for (`aud`): the id_token's `iss`. */
  readonly fhirBase: string;
  readonly nonce?: string;
  readonly faults: Faults;
  readonly expiresAt: number;
}

export type AuthorizeResult =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'pick-patient' }
  | { readonly kind: 'error'; readonly status: number; readonly message: string };

export interface TokenResult {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export const SANDBOX_CLIENT_ID = 'riluzole-monitor-sandbox';
/** The clinic worklist's sign-in (`openid fhirUser`), registered as hospital IT would. */
export const SANDBOX_WORKLIST_CLIENT_ID = 'riluzole-worklist-sandbox';
/** public/smart-config.json's sandbox entry may use either id; both are registered here. */
export const SANDBOX_CLIENT_IDS: readonly string[] = [
  SANDBOX_CLIENT_ID,
  'riluzole-monitor',
  SANDBOX_WORKLIST_CLIENT_ID,
];
const TOKEN_LIFETIME_S = 3600;
const CODE_LIFETIME_MS = 60_000;

export function randomToken(bytes = 32): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  return Buffer.from(b).toString('base64url');
}

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return Buffer.from(digest).toString('base64url');
}

/** The worklist may run beside the dev server (`npm run serve` on another port of this machine). */
function redirectAllowed(clientId: string, redirect: URL, origin: string): boolean {
  if (redirect.origin === origin) return true;
  const loopback = redirect.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(redirect.hostname);
  return clientId === SANDBOX_WORKLIST_CLIENT_ID && loopback && redirect.pathname.endsWith('/worklist/callback');
}

const oauthError = (error: string, description: string): TokenResult => ({
  status: 400,
  body: { error, error_description: description },
});

/**
 * The sandbox's SMART authorization server, without HTTP: the Vite plugin feeds it parsed requests.
 * Public clients only; PKCE S256 required; auto-approves (this is a sandbox).
 */
export function createAuthServer(
  options: { readonly now?: () => number; readonly clientIds?: readonly string[]; readonly idKey?: IdTokenKey } = {},
) {
  const now = options.now ?? Date.now;
  let idKey: Promise<IdTokenKey> | undefined = options.idKey ? Promise.resolve(options.idKey) : undefined;
  const getIdKey = (): Promise<IdTokenKey> => (idKey ??= createIdTokenKey());
  const clientIds = options.clientIds ?? SANDBOX_CLIENT_IDS;
  const launches = new Map<string, Launch>();
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, Session>();
  const refreshTokens = new Map<string, Session>();

  function createLaunch(patient: string, faults: Faults = NO_FAULTS): Launch {
    const launch: Launch = { id: randomToken(12), patient, faults };
    launches.set(launch.id, launch);
    return launch;
  }

  /**
   * @param params - the authorize query string
   * @param fhirBase - this server's FHIR base: `aud` must equal it
   * @param origin - redirect URIs must stay on the app's (the sandbox's) origin
   * @param pickedPatient - for a standalone launch, the patient chosen on the picker page
   */
  function authorize(
    params: URLSearchParams,
    fhirBase: string,
    origin: string,
    pickedPatient?: string,
  ): AuthorizeResult {
    const fail = (message: string): AuthorizeResult => ({ kind: 'error', status: 400, message });
    const clientId = params.get('client_id') ?? '';
    if (!clientIds.includes(clientId)) return fail(`Unknown client_id "${clientId}".`);
    const redirectUri = params.get('redirect_uri') ?? '';
    let redirect: URL;
    try {
      redirect = new URL(redirectUri);
    } catch {
      return fail('redirect_uri is missing or not an absolute URL.');
    }
    if (!redirectAllowed(clientId, redirect, origin)) return fail('redirect_uri is not registered for this client.');
    // From here on errors go back to the client, as OAuth 2 says (the redirect URI is trusted).
    const state = params.get('state');
    const back = (query: Record<string, string>): AuthorizeResult => {
      const url = new URL(redirect);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      if (state) url.searchParams.set('state', state);
      return { kind: 'redirect', location: url.toString() };
    };
    if (!state) return back({ error: 'invalid_request', error_description: 'state is required.' });
    if (params.get('response_type') !== 'code') {
      return back({ error: 'unsupported_response_type', error_description: 'Only response_type=code.' });
    }
    if (params.get('aud') !== fhirBase) {
      return back({ error: 'invalid_request', error_description: `aud must be ${fhirBase}.` });
    }
    const challenge = params.get('code_challenge') ?? '';
    if (params.get('code_challenge_method') !== 'S256' || !challenge) {
      return back({ error: 'invalid_request', error_description: 'PKCE with code_challenge_method=S256 is required.' });
    }
    const launchId = params.get('launch');
    const launch = launchId ? launches.get(launchId) : undefined;
    if (launchId && !launch) {
      return back({ error: 'invalid_request', error_description: 'Unknown or expired launch. Relaunch from the EHR.' });
    }
    const faults = launch?.faults ?? NO_FAULTS;
    if (faults.accessDenied) {
      return back({
        error: 'access_denied',
        error_description: 'The sandbox EHR denied access to this chart (fault mode).',
      });
    }
    const scope = params.get('scope') ?? '';
    // A sign-in alone (`openid fhirUser`, the worklist) has no patient to pick.
    const needsPatient =
      launch !== undefined || splitScope(scope).some((x) => x === 'launch' || /^(launch\/)?patient\b/.test(x));
    const patient = launch?.patient ?? pickedPatient;
    if (needsPatient && !patient) return { kind: 'pick-patient' };
    const nonce = params.get('nonce');
    const code = randomToken();
    codes.set(code, {
      clientId,
      redirectUri,
      challenge,
      scope: grantScope(scope, faults.deniedType),
      ...(patient ? { patient } : {}),
      fhirBase,
      ...(nonce ? { nonce } : {}),
      faults,
      expiresAt: now() + CODE_LIFETIME_MS,
    });
    return back({ code });
  }

  /** OpenID Connect: who signed in (the sandbox's nurse), for the client that asked, with its nonce. */
  async function idToken(pending: PendingCode): Promise<string> {
    return (await getIdKey()).sign({
      iss: pending.fhirBase,
      aud: pending.clientId,
      sub: SANDBOX_NURSE.id,
      fhirUser: `${pending.fhirBase}/Practitioner/${SANDBOX_NURSE.id}`,
      name: SANDBOX_NURSE_NAME,
      ...(pending.nonce ? { nonce: pending.nonce } : {}),
    });
  }

  function issue(session: Omit<Session, 'issuedAt' | 'expiresAt'>): TokenResult {
    const issuedAt = now();
    const full: Session = { ...session, issuedAt, expiresAt: issuedAt + TOKEN_LIFETIME_S * 1000 };
    const accessToken = randomToken();
    accessTokens.set(accessToken, full);
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_S,
      scope: session.scope,
      ...(session.patient ? { patient: session.patient, need_patient_banner: !session.faults.ehrBanner } : {}),
    };
    if (wantsRefresh(session.scope)) {
      const refreshToken = randomToken();
      refreshTokens.set(refreshToken, full);
      body.refresh_token = refreshToken;
    }
    return { status: 200, body };
  }

  async function token(form: URLSearchParams): Promise<TokenResult> {
    const grant = form.get('grant_type');
    if (grant === 'refresh_token') {
      const session = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!session) return oauthError('invalid_grant', 'Unknown refresh token.');
      // The expired-token fault models a session the EHR has ended: refreshing must not revive it.
      if (session.faults.expireAfterSeconds !== undefined) return oauthError('invalid_grant', 'The session has ended.');
      return issue(session);
    }
    if (grant !== 'authorization_code')
      return oauthError('unsupported_grant_type', 'Use authorization_code or refresh_token.');
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code); // single use, even when the exchange fails
    if (!pending || pending.expiresAt < now()) return oauthError('invalid_grant', 'Unknown, used or expired code.');
    if (form.get('redirect_uri') !== pending.redirectUri)
      return oauthError('invalid_grant', 'redirect_uri does not match.');
    const clientId = form.get('client_id');
    if (clientId !== null && clientId !== pending.clientId)
      return oauthError('invalid_client', 'client_id does not match.');
    const verifier = form.get('code_verifier') ?? '';
    if (!verifier || (await s256(verifier)) !== pending.challenge)
      return oauthError('invalid_grant', 'PKCE verification failed.');
    const out = issue({
      ...(pending.patient ? { patient: pending.patient } : {}),
      scope: pending.scope,
      faults: pending.faults,
    });
    return wantsIdToken(pending.scope) ? { ...out, body: { ...out.body, id_token: await idToken(pending) } } : out;
  }

  /** The session behind an `Authorization: Bearer` header, or why there is none. */
  function authenticate(header: string | undefined): Session | 'missing' | 'invalid' | 'expired' {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m?.[1]) return 'missing';
    const session = accessTokens.get(m[1]);
    if (!session) return 'invalid';
    const t = now();
    const cut = session.faults.expireAfterSeconds;
    if (t >= session.expiresAt || (cut !== undefined && t >= session.issuedAt + cut * 1000)) return 'expired';
    return session;
  }

  return {
    createLaunch,
    authorize,
    token,
    authenticate,
    getLaunch: (id: string) => launches.get(id),
    /** The public half of the id_token key (`jwks_uri`). */
    jwks: async (): Promise<IdTokenKey['jwks']> => (await getIdKey()).jwks,
  };
}

export type AuthServer = ReturnType<typeof createAuthServer>;
