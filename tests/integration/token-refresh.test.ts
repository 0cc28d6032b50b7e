import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { FhirHttpError } from '../../src/fhir/queries/fhir-gateway';
import { gatewayFromToken } from '../../src/smart/fhirclient';
import { ACCESS_TOKEN, FHIR_BASE, fhirServer } from './support/fhir-server';
import { server } from './support/server';

const TOKEN_URI = 'http://127.0.0.1:5173/sandbox/token';

/**
 * fhirclient 2.6.3 shares one refresh among parallel requests and, when it fails for any reason,
 * deletes the refresh token (lib/Client.js, refresh()). Cancelling one read (the Refresh or Retry
 * buttons) must not abort that shared refresh, or every other read, and every later 401, becomes
 * "session expired".
 */
describe('the token refresh and cancelled reads', () => {
  it('a read cancelled during the refresh leaves the refresh, and the other reads, intact', async () => {
    let refreshes = 0;
    let tokenRequested: () => void = () => undefined;
    const requested = new Promise<void>((resolve) => (tokenRequested = resolve));
    let releaseToken: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (releaseToken = resolve));
    server.use(
      http.post(TOKEN_URI, async () => {
        refreshes++;
        tokenRequested();
        await released;
        return HttpResponse.json({
          access_token: ACCESS_TOKEN,
          token_type: 'bearer',
          expires_in: 300,
          scope: 'launch patient/*.rs online_access',
        });
      }),
      await fhirServer([{ resourceType: 'Patient', id: 'p1' }]),
    );
    // No expiry known: the first request refreshes before it is sent (refreshIfNeeded).
    const gateway = gatewayFromToken(
      FHIR_BASE,
      { access_token: 'stale', refresh_token: 'r1', patient: 'p1', scope: 'launch patient/*.rs online_access' },
      TOKEN_URI,
    );
    const controller = new AbortController();
    const cancelled = gateway.request('Patient/p1', controller.signal);
    const other = gateway.request('Patient/p1');
    await requested;
    controller.abort();
    releaseToken();

    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    await expect(other).resolves.toMatchObject({ resourceType: 'Patient', id: 'p1' });
    const later = await gateway.request('Patient/p1').catch((e: unknown) => e);
    expect(later).not.toBeInstanceOf(FhirHttpError);
    expect(later).toMatchObject({ resourceType: 'Patient', id: 'p1' });
    expect(refreshes).toBe(1);
  });
});
