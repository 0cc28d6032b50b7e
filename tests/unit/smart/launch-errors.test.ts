import { describe, expect, it } from 'vitest';
import { classifyReadyError, launchFailureText } from '../../../src/smart/launch-errors';

describe('classifyReadyError', () => {
  it('sends a page opened directly to the EHR', () => {
    const f = classifyReadyError(new Error("No 'state' parameter found. Please (re)launch the app."), '');
    expect(launchFailureText(f).title).toBe("Open Riluzole Monitor from the patient's chart in your EHR.");
  });
  it("shows the EHR's error_description when authorization was denied", () => {
    const f = classifyReadyError(
      new Error('access_denied: User said no'),
      '?error=access_denied&error_description=User+said+no&state=x',
    );
    expect(f).toEqual({ kind: 'denied', description: 'User said no' });
    expect(launchFailureText(f).detail).toBe('User said no');
  });
  it('calls a lost session or a refused code exchange expired', () => {
    expect(classifyReadyError(new Error('No state found! Please (re)launch the app.'), '?state=x').kind).toBe(
      'expired',
    );
    expect(
      classifyReadyError(new Error('400 Bad Request\nURL: https://x/token\ninvalid_grant'), '?code=1&state=x').kind,
    ).toBe('expired');
  });
  it('does not call a refused client or redirect URI an expired session: shows the OAuth code and sends the user to IT', () => {
    const cases = [
      [
        '401 Unauthorized\nURL: https://ehr/token\ninvalid_client: Client authentication failed',
        '401 Unauthorized',
        'invalid_client',
      ],
      [
        '400 Bad Request\nURL: https://ehr/token\ninvalid_request: redirect_uri not registered',
        '400 Bad Request',
        'invalid_request',
      ],
      ['400 Bad Request\nURL: https://ehr/token\nunauthorized_client', '400 Bad Request', 'unauthorized_client'],
      [
        '400 Bad Request\nURL: https://ehr/token\ninvalid_scope: scope patient/Foo.rs unknown',
        '400 Bad Request',
        'invalid_scope',
      ],
    ] as const;
    for (const [message, detail, oauthError] of cases) {
      const f = classifyReadyError(new Error(message), '?code=c&state=s');
      expect(f).toEqual({ kind: 'failed', detail, oauthError, registration: true });
      const text = launchFailureText(f);
      expect(text.title).toBe('Riluzole Monitor could not start.');
      expect(text.title).not.toMatch(/expired|relaunch/i);
      expect(text.detail).toContain(oauthError);
      expect(text.detail).toMatch(/contact your IT support/);
      expect(text.detail).toMatch(/registration/);
      // Only the status line and the code: not the token URL, not the EHR's free-text description.
      expect(text.detail).not.toMatch(/https:|authentication failed|not registered|patient\/Foo/);
    }
  });
  it('sends a token-endpoint 4xx without a readable OAuth code to IT too, never as expired', () => {
    for (const message of [
      '401 Unauthorized\nURL: https://ehr/token\n\nBad credentials for Jane Doe',
      '400 Bad Request\nURL: https://ehr/token\n\n{\n    "message": "nope"\n}',
      '401 Unauthorized\nURL: https://ehr/token\nJane Doe: free text, not a code',
    ]) {
      const f = classifyReadyError(new Error(message), '?code=c&state=s');
      expect(f.kind).toBe('failed');
      expect(f).not.toHaveProperty('oauthError');
      expect(launchFailureText(f).detail).toMatch(
        /^The EHR refused the sign-in \(40[01] [A-Za-z ]+\)\. .*contact your IT support/,
      );
      expect(launchFailureText(f).detail).not.toMatch(/Jane|nope/);
    }
  });
  it('calls only invalid_grant a refused code exchange, even in a plain-text answer', () => {
    expect(
      classifyReadyError(
        new Error('400 Bad Request\nURL: https://x/token\ninvalid_grant: code expired'),
        '?code=1&state=x',
      ).kind,
    ).toBe('expired');
    expect(
      classifyReadyError(new Error('400 Bad Request\nURL: https://x/token\n\ninvalid_grant'), '?code=1&state=x').kind,
    ).toBe('expired');
    expect(
      classifyReadyError(
        new Error('401 Unauthorized\nURL: https://x/token\ninvalid_client: see invalid_grant docs'),
        '?code=1&state=x',
      ).kind,
    ).toBe('failed');
  });
  it('keeps a token-endpoint 5xx a plain failure (the EHR is down, the registration is not suspect)', () => {
    const f = classifyReadyError(
      new Error('503 Service Unavailable\nURL: https://x/token\ntemporarily_unavailable'),
      '?code=1&state=x',
    );
    expect(f).toEqual({ kind: 'failed', detail: '503 Service Unavailable' });
    expect(launchFailureText(f)).toEqual({
      title: 'Riluzole Monitor could not start.',
      detail: '503 Service Unavailable',
    });
  });
  it('keeps only the first line of anything else', () => {
    expect(classifyReadyError(new Error('boom\nsecret body'), '')).toEqual({ kind: 'failed', detail: 'boom' });
  });
  it('words the unknown-issuer page', () => {
    expect(launchFailureText({ kind: 'unknown-issuer', iss: 'https://x/fhir' }).title).toBe(
      'Riluzole Monitor is not registered for this EHR (https://x/fhir).',
    );
  });
});
