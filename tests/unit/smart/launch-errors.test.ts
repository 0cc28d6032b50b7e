import { describe, expect, it } from 'vitest';
import { classifyReadyError, launchFailureText } from '../../../src/smart/launch-errors';

describe('classifyReadyError', () => {
  it('sends a page opened directly to the EHR', () => {
    const f = classifyReadyError(new Error("No 'state' parameter found. Please (re)launch the app."), '');
    expect(launchFailureText(f).title).toBe("Open Riluzole Monitor from the patient's chart in your EHR.");
  });
  it('shows the EHR\'s error_description when authorization was denied', () => {
    const f = classifyReadyError(new Error('access_denied: User said no'), '?error=access_denied&error_description=User+said+no&state=x');
    expect(f).toEqual({ kind: 'denied', description: 'User said no' });
    expect(launchFailureText(f).detail).toBe('User said no');
  });
  it('calls a lost session or a refused code exchange expired', () => {
    expect(classifyReadyError(new Error('No state found! Please (re)launch the app.'), '?state=x').kind).toBe('expired');
    expect(classifyReadyError(new Error('400 Bad Request\nURL: https://x/token\ninvalid_grant'), '?code=1&state=x').kind).toBe('expired');
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
