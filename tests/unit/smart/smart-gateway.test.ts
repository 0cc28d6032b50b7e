import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSmartGateway, type SmartClientLike } from '../../../src/smart/smart-gateway';

const BASE = 'https://ehr.example/fhir';

/** A client whose token goes stale until refreshed; records what each refresh call was given. */
function fakeClient() {
  const calls: { method: string; args: unknown[] }[] = [];
  let token = 'stale';
  const client: SmartClientLike = {
    state: {
      serverUrl: BASE,
      tokenResponse: { patient: 'p1', scope: 'launch online_access patient/*.rs', refresh_token: 'r1' },
    },
    getAuthorizationHeader: () => `Bearer ${token}`,
    refreshIfNeeded: (...args: unknown[]) => {
      calls.push({ method: 'refreshIfNeeded', args });
      return Promise.resolve();
    },
    refresh: (...args: unknown[]) => {
      calls.push({ method: 'refresh', args });
      token = 'fresh';
      return Promise.resolve();
    },
  };
  return { client, calls };
}

describe('createSmartGateway and token refresh', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("never hands a read's AbortSignal to fhirclient's shared refresh (an abort would delete the refresh token)", async () => {
    const seen: (AbortSignal | null | undefined)[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      seen.push(init.signal);
      const auth = new Headers(init.headers).get('authorization');
      return Promise.resolve(
        auth === 'Bearer fresh'
          ? Response.json({ resourceType: 'Patient', id: 'p1' })
          : Response.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 401 }),
      );
    });
    const { client, calls } = fakeClient();
    const gateway = createSmartGateway(client);
    const controller = new AbortController();

    await expect(gateway.request('Patient/p1', controller.signal)).resolves.toMatchObject({ id: 'p1' });

    expect(calls.map((c) => c.method)).toEqual(['refreshIfNeeded', 'refresh']);
    for (const call of calls) {
      expect(call.args.some((a) => typeof a === 'object' && a !== null && 'signal' in a)).toBe(false);
    }
    // The data requests still carry the signal: Refresh and Retry still cancel them.
    expect(seen).toEqual([controller.signal, controller.signal]);
  });

  it('still cancels the data request when the signal aborts during a refresh', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
      init.signal?.aborted
        ? Promise.reject(new DOMException('aborted', 'AbortError'))
        : Promise.resolve(Response.json({})),
    );
    const { client } = fakeClient();
    const controller = new AbortController();
    client.refreshIfNeeded = () => {
      controller.abort();
      return Promise.resolve();
    };
    await expect(createSmartGateway(client).request('Patient/p1', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
