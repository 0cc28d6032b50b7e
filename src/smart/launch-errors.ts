/**
 * Why a launch or `ready()` failed, as one of a few cases a clinician can act on. fhirclient
 * reports everything as an Error with an English message; these are its 2.6.3 messages.
 */
export type LaunchFailure =
  | { readonly kind: 'no-launch' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'denied'; readonly description: string }
  | { readonly kind: 'unknown-issuer'; readonly iss: string }
  | { readonly kind: 'config'; readonly detail: string }
  | {
      readonly kind: 'failed';
      readonly detail: string;
      /**
       * The OAuth `error` code the EHR's token endpoint answered with (RFC 6749 §5.2), e.g.
       * `invalid_client`: a fixed code, no patient data. Set when the app's registration is suspect.
       */
      readonly oauthError?: string;
      /** The token endpoint refused the request (HTTP 4xx): the registration may be wrong. */
      readonly registration?: boolean;
    };

export const LAUNCH_TEXT = {
  noLaunch: "Open Riluzole Monitor from the patient's chart in your EHR.",
  expired: 'Your session has expired: relaunch Riluzole Monitor from the EHR.',
  denied: 'The EHR did not authorize Riluzole Monitor.',
  unknownIssuer: (iss: string): string => `Riluzole Monitor is not registered for this EHR (${iss}).`,
  config: 'Riluzole Monitor is not configured correctly on this web server.',
  failed: 'Riluzole Monitor could not start.',
  registration:
    "Riluzole Monitor's registration with this EHR may be wrong (client id, redirect URL or scopes): " +
    'contact your IT support. Relaunching will not help.',
} as const;

/** RFC 6749 §5.2 error codes, and extensions in its snake_case form: codes, never free text. */
const OAUTH_ERROR_CODE = /^[a-z]+(?:_[a-z]+)+$/;

/**
 * The status line and OAuth `error` code of a token-endpoint HttpError from fhirclient 2.6.3,
 * whose message is "400 Bad Request\nURL: <token url>\n<error>: <error_description>" for a JSON
 * body, or "…\nURL: …\n\n<body>" otherwise. Undefined for anything that is not an HttpError.
 */
function tokenHttpError(message: string): { readonly status: number; readonly code?: string } | undefined {
  const [statusLine = '', urlLine = '', errorLine = ''] = message.split('\n');
  const status = /^(\d{3})\b/.exec(statusLine)?.[1];
  if (!status || !urlLine.startsWith('URL:')) return undefined;
  const code = errorLine.split(':')[0]?.trim() ?? '';
  return { status: Number(status), ...(OAUTH_ERROR_CODE.test(code) && code.length <= 64 ? { code } : {}) };
}

/**
 * Classifies a failure of `FHIR.oauth2.ready()`.
 * @param error - what ready() threw
 * @param search - the page's `location.search` (the EHR puts `error` and `error_description` there)
 */
export function classifyReadyError(error: unknown, search: string): LaunchFailure {
  const params = new URLSearchParams(search);
  const oauthError = params.get('error');
  if (oauthError !== null || params.has('error_description')) {
    return { kind: 'denied', description: params.get('error_description') ?? oauthError ?? '' };
  }
  const message = error instanceof Error ? error.message : String(error);
  // No state in the URL and none stored: the page was opened directly, not launched.
  if (message.includes("No 'state' parameter found")) return { kind: 'no-launch' };
  // A state in the URL whose stored session is gone (tab closed, storage cleared, code reused).
  if (message.includes('No state found')) return { kind: 'expired' };
  const http = tokenHttpError(message);
  // A code exchange the EHR refused with invalid_grant: the code expired or was already used.
  // (Matched in the whole message too, for token endpoints that answer in plain text.)
  if (http?.code ? http.code === 'invalid_grant' : /\binvalid_grant\b/.test(message)) return { kind: 'expired' };
  // Keep only the first line: later lines of fhirclient's HttpError may echo the server's answer.
  const detail = message.split('\n')[0] ?? '';
  // Any other refusal (invalid_client, invalid_request: redirect_uri not registered…) is not an
  // expired session: relaunching gets the same answer. Show the code and send the user to IT.
  if (http && http.status >= 400 && http.status < 500) {
    return { kind: 'failed', detail, registration: true, ...(http.code ? { oauthError: http.code } : {}) };
  }
  return { kind: 'failed', detail };
}

/** A human sentence for each failure. */
export function launchFailureText(failure: LaunchFailure): { readonly title: string; readonly detail?: string } {
  switch (failure.kind) {
    case 'no-launch':
      return { title: LAUNCH_TEXT.noLaunch };
    case 'expired':
      return { title: LAUNCH_TEXT.expired };
    case 'denied':
      return failure.description
        ? { title: LAUNCH_TEXT.denied, detail: failure.description }
        : { title: LAUNCH_TEXT.denied };
    case 'unknown-issuer':
      return { title: LAUNCH_TEXT.unknownIssuer(failure.iss) };
    case 'config':
      return { title: LAUNCH_TEXT.config, detail: failure.detail };
    case 'failed': {
      if (!failure.registration) return { title: LAUNCH_TEXT.failed, detail: failure.detail };
      const answer = failure.oauthError ? `${failure.detail}, ${failure.oauthError}` : failure.detail;
      return {
        title: LAUNCH_TEXT.failed,
        detail: `The EHR refused the sign-in (${answer}). ${LAUNCH_TEXT.registration}`,
      };
    }
  }
}
