import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import BrowserAdapter from 'fhirclient/lib/adapters/BrowserAdapter';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  it("opened directly: open it from the patient's chart", async () => {
    render(<LaunchErrorPage failure={await failureAt('')} />);
    expect(screen.getByRole('alert')).toHaveTextContent("Open Riluzole Monitor from the patient's chart in your EHR.");
  });

  it("authorization denied: shows the EHR's error_description", async () => {
    render(
      <LaunchErrorPage
        failure={await failureAt('?error=access_denied&error_description=The+user+declined&state=abc')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The EHR did not authorize Riluzole Monitor.');
    expect(screen.getByText('The EHR said: The user declined')).toBeInTheDocument();
  });

  it('a state whose session is gone: session expired', async () => {
    render(<LaunchErrorPage failure={await failureAt('?state=gone&code=abc')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your session has expired: relaunch Riluzole Monitor from the EHR.',
    );
  });

  /** A stored session whose code exchange the token endpoint answers with `status` and `body`. */
  async function tokenRefusal(status: number, body: object) {
    server.use(http.post('http://127.0.0.1:5173/sandbox/auth/token', () => HttpResponse.json(body, { status })));
    sessionStorage.setItem(
      'k2',
      JSON.stringify({
        clientId: 'wrong-client',
        serverUrl: `${FHIR_BASE}/`,
        redirectUri: 'http://localhost:3000/index.html',
        tokenUri: 'http://127.0.0.1:5173/sandbox/auth/token',
        key: 'k2',
        codeVerifier: 'v',
      }),
    );
    return failureAt('?code=c2&state=k2');
  }

  it('a token endpoint refusing the client (401 invalid_client): not "expired", the code shown, IT named', async () => {
    const failure = await tokenRefusal(401, {
      error: 'invalid_client',
      error_description: 'Client authentication failed',
    });
    render(<LaunchErrorPage failure={failure} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Riluzole Monitor could not start.');
    expect(screen.getByRole('main')).not.toHaveTextContent(/expired|relaunch Riluzole Monitor from the EHR/);
    expect(screen.getByText(/invalid_client/)).toHaveTextContent(
      /401 Unauthorized, invalid_client.*contact your IT support/,
    );
  });

  it('a token endpoint refusing the redirect URI (400 invalid_request): not "expired"', async () => {
    const failure = await tokenRefusal(400, {
      error: 'invalid_request',
      error_description: 'redirect_uri not registered',
    });
    expect(failure).toMatchObject({ kind: 'failed', oauthError: 'invalid_request' });
  });

  it('a token endpoint refusing a used code (400 invalid_grant): session expired', async () => {
    const failure = await tokenRefusal(400, { error: 'invalid_grant', error_description: 'code already used' });
    expect(failure.kind).toBe('expired');
  });
});

/**
 * index.html's entry (src/main.tsx) with its launch and its React half replaced: it runs once at
 * import, so each test imports a fresh copy into a fresh #root.
 */
describe('src/main.tsx when the app cannot start', () => {
  afterEach(() => {
    vi.doUnmock('../../src/smart/fhirclient');
    vi.doUnmock('../../src/smart/load-config');
    vi.doUnmock('../../src/app/render');
    vi.restoreAllMocks();
    vi.resetModules();
    document.body.replaceChildren();
  });

  async function startMain(render: () => object) {
    document.body.innerHTML = '<div id="root"><p role="status">Opening Riluzole Monitor…</p></div>';
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.resetModules();
    vi.doMock('../../src/smart/fhirclient', () => ({
      ready: () => Promise.reject(new Error("No 'state' parameter found. Please (re)launch the app.")),
    }));
    vi.doMock('../../src/smart/load-config', () => ({ fetchSmartConfig: () => Promise.resolve([]) }));
    vi.doMock('../../src/app/render', render);
    await import('../../src/main');
    return consoleError;
  }

  const expectFailurePage = async (consoleError: ReturnType<typeof vi.spyOn>, name: string) => {
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Riluzole Monitor could not start.'));
    expect(screen.queryByText(/Opening Riluzole Monitor/)).toBeNull();
    expect(document.body).not.toHaveTextContent(/secret|at \w+ \(|\.tsx?:\d+/);
    expect(consoleError).toHaveBeenCalledWith(`Riluzole Monitor: could not start (${name})`);
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/secret/);
  };

  it('shows a plain failure when the app module fails to load', async () => {
    const consoleError = await startMain(() => {
      throw new TypeError('Failed to fetch dynamically imported module: https://host/secret.js');
    });
    await expectFailurePage(consoleError, 'Error');
  });

  it('shows a plain failure when rendering throws', async () => {
    const consoleError = await startMain(() => ({
      createAppRoot: () => {
        throw new TypeError('secret patient detail');
      },
      renderApp: () => undefined,
      renderLaunchError: () => undefined,
    }));
    await expectFailurePage(consoleError, 'TypeError');
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
