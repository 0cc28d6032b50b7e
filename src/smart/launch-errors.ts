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
  | { readonly kind: 'failed'; readonly detail: string };

export const LAUNCH_TEXT = {
  noLaunch: "Open Riluzole Monitor from the patient's chart in your EHR.",
  expired: 'Your session has expired: relaunch Riluzole Monitor from the EHR.',
  denied: 'The EHR did not authorize Riluzole Monitor.',
  unknownIssuer: (iss: string): string => `Riluzole Monitor is not registered for this EHR (${iss}).`,
  config: 'Riluzole Monitor is not configured correctly on this web server.',
  failed: 'Riluzole Monitor could not start.',
} as const;

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
  // A state in the URL whose stored session is gone (tab closed, storage cleared, code reused),
  // or a token exchange the EHR refused (invalid_grant: the code expired or was already used).
  if (message.includes('No state found') || /invalid_grant|\b400\b|\b401\b/.test(message)) return { kind: 'expired' };
  // Keep only the first line: later lines of fhirclient's HttpError may echo the server's answer.
  return { kind: 'failed', detail: message.split('\n')[0] ?? '' };
}

/** A human sentence for each failure. */
export function launchFailureText(failure: LaunchFailure): { readonly title: string; readonly detail?: string } {
  switch (failure.kind) {
    case 'no-launch':
      return { title: LAUNCH_TEXT.noLaunch };
    case 'expired':
      return { title: LAUNCH_TEXT.expired };
    case 'denied':
      return failure.description ? { title: LAUNCH_TEXT.denied, detail: failure.description } : { title: LAUNCH_TEXT.denied };
    case 'unknown-issuer':
      return { title: LAUNCH_TEXT.unknownIssuer(failure.iss) };
    case 'config':
      return { title: LAUNCH_TEXT.config, detail: failure.detail };
    case 'failed':
      return { title: LAUNCH_TEXT.failed, detail: failure.detail };
  }
}
