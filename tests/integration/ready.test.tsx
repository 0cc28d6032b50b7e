import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import BrowserAdapter from 'fhirclient/lib/adapters/BrowserAdapter';
import { describe, expect, it } from 'vitest';
import { LaunchErrorPage } from '../../src/app/error-pages/launch-error-page';
import { ready } from '../../src/smart/fhirclient';
import { classifyReadyError } from '../../src/smart/launch-errors';
import { FHIR_BASE } from './support/fhir-server';
import { server } from './support/server';

/**
 * fhirclient's browser adapter reads the page URL once and keeps it, as a page load does; each test
 * is a new page load, so it gets a new adapter.
 */
function freshReady() {
  const api = new BrowserAdapter({}).getSmartApi();
  return ready({ settings: api.options, ready: () => api.ready() });
}

async function failureAt(search: string) {
  window.history.replaceState(null, '', `/index.html${search}`);
  const error = await freshReady().then(
    () => undefined,
    (e: unknown) => e,
  );
  return classifyReadyError(error, search);
}

describe('FHIR.oauth2.ready() failures become human pages', () => {
  it('opened directly: open it from the patient\'s chart', async () => {
    render(<LaunchErrorPage failure={await failureAt('')} />);
    expect(screen.getByRole('alert')).toHaveTextContent("Open Riluzole Monitor from the patient's chart in your EHR.");
  });

  it('authorization denied: shows the EHR\'s error_description', async () => {
    render(<LaunchErrorPage failure={await failureAt('?error=access_denied&error_description=The+user+declined&state=abc')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The EHR did not authorize Riluzole Monitor.');
    expect(screen.getByText('The EHR said: The user declined')).toBeInTheDocument();
  });

  it('a state whose session is gone: session expired', async () => {
    render(<LaunchErrorPage failure={await failureAt('?state=gone&code=abc')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has expired: relaunch Riluzole Monitor from the EHR.');
  });
});

describe('FHIR.oauth2.ready() success', () => {
  it('exchanges the code once and reads patient, granted scope and banner flag from the token response', async () => {
    let exchanges = 0;
    server.use(
      http.post('http://127.0.0.1:5173/sandbox/auth/token', () => {
        exchanges++;
        return HttpResponse.json({
          access_token: 'at',
          token_type: 'bearer',
          expires_in: 300,
          patient: 'p1',
          scope: 'launch patient/Observation.rs',
          need_patient_banner: false,
        });
      }),
    );
    sessionStorage.setItem(
      'k1',
      JSON.stringify({
        clientId: 'riluzole-monitor',
        serverUrl: `${FHIR_BASE}/`,
        redirectUri: 'http://localhost:3000/index.html',
        tokenUri: 'http://127.0.0.1:5173/sandbox/auth/token',
        tokenResponse: {},
        key: 'k1',
        codeVerifier: 'v',
      }),
    );
    window.history.replaceState(null, '', '/index.html?code=c1&state=k1');
    const gateway = await freshReady();
    expect(exchanges).toBe(1);
    expect(gateway).toMatchObject({
      serverUrl: FHIR_BASE,
      patientId: 'p1',
      grantedScopes: ['launch', 'patient/Observation.rs'],
      needPatientBanner: false,
    });
    // The code is gone from the URL; the state key stays so a reload finds this window's session.
    expect(window.location.search).toBe('?state=k1');
  });
});
