import { describe, expect, it } from 'vitest';
import { requestWithRetry, type ReadData } from '../../../src/fhir/queries/fetch-pages';
import { FhirHttpError, type FhirGateway } from '../../../src/fhir/queries/fhir-gateway';
import { DEFAULT_QUERY_POLICY } from '../../../src/fhir/queries/query-policy';
import { streamPages } from '../../../src/fhir/queries/read-queries';

const SERVER = 'https://ehr.example/fhir';

/** A gateway answering from a list of pages (or errors), in order. */
function fakeGateway(answers: readonly (object | FhirHttpError)[]): FhirGateway & { calls: string[] } {
  const calls: string[] = [];
  return {
    serverUrl: SERVER,
    patientId: 'p',
    grantedScopes: [],
    needPatientBanner: true,
    calls,
    request(path) {
      calls.push(path);
      const answer = answers[calls.length - 1];
      return answer instanceof FhirHttpError || answer === undefined
        ? Promise.reject(answer ?? new Error('no answer'))
        : Promise.resolve(answer);
    },
  };
}

const page = (id: string, next?: string) => ({
  resourceType: 'Bundle',
  entry: [{ resource: { resourceType: 'Condition', id } }],
  ...(next ? { link: [{ relation: 'next', url: next }] } : {}),
});
const noWait = { retries: 2, delayMs: () => 0 };

describe('streamPages', () => {
  it('publishes the first page at once, then at most once per interval, and returns everything', async () => {
    const gateway = fakeGateway([
      page('a', `${SERVER}/Condition?p=2`),
      page('b', `${SERVER}/Condition?p=3`),
      page('c'),
    ]);
    const published: ReadData[] = [];
    const ctx = { gateway, policy: DEFAULT_QUERY_POLICY, retry: noWait, publishIntervalMs: 60_000 };
    const result = await streamPages(
      ctx,
      ['Condition?patient=p'],
      (d) => published.push(d),
      new AbortController().signal,
    );
    expect(published.map((d) => d.pages)).toEqual([1]);
    expect(result).toMatchObject({ pages: 3, complete: true, capped: false });
    expect(result.resources.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(gateway.calls).toEqual(['Condition?patient=p', `${SERVER}/Condition?p=2`, `${SERVER}/Condition?p=3`]);
  });

  it('publishes a page the throttle skipped once the interval ends, while the next page is slow', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const answers = [page('a', `${SERVER}/Condition?p=2`), page('b', `${SERVER}/Condition?p=3`)];
    const calls: string[] = [];
    const gateway: FhirGateway = {
      serverUrl: SERVER,
      patientId: 'p',
      grantedScopes: [],
      needPatientBanner: true,
      async request(path) {
        calls.push(path);
        if (calls.length === 3) {
          await slow; // page 3 takes its time
          return page('c');
        }
        return answers[calls.length - 1] ?? Promise.reject(new Error('no answer'));
      },
    };
    const published: ReadData[] = [];
    const ctx = { gateway, policy: DEFAULT_QUERY_POLICY, retry: noWait, publishIntervalMs: 30 };
    const done = streamPages(ctx, ['Condition?patient=p'], (d) => published.push(d), new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Page 2 came within the interval of page 1, and page 3 has not come: page 2 is shown anyway.
    expect(published.map((d) => d.pages)).toEqual([1, 2]);
    release();
    await expect(done).resolves.toMatchObject({ pages: 3, complete: true });
    expect(published.map((d) => d.pages)).toEqual([1, 2]);
  });

  it('retries transient failures twice, and not a 4xx', async () => {
    const flaky = fakeGateway([new FhirHttpError(503, 'x'), new FhirHttpError(0, 'x'), page('a')]);
    const ctx = { gateway: flaky, policy: DEFAULT_QUERY_POLICY, retry: noWait };
    await expect(streamPages(ctx, ['Condition'], () => undefined, new AbortController().signal)).resolves.toMatchObject(
      { pages: 1 },
    );
    const denied = fakeGateway([new FhirHttpError(403, 'x'), page('a')]);
    await expect(
      streamPages({ ...ctx, gateway: denied }, ['Condition'], () => undefined, new AbortController().signal),
    ).rejects.toMatchObject({ status: 403 });
    expect(denied.calls).toHaveLength(1);
  });
});

describe('requestWithRetry', () => {
  it('does not retry a 501: the server lacks the feature and will answer the same', async () => {
    const gateway = fakeGateway([new FhirHttpError(501, 'x'), page('a')]);
    await expect(requestWithRetry(gateway, 'Medication?_id=a', noWait)).rejects.toMatchObject({ status: 501 });
    expect(gateway.calls).toHaveLength(1);
  });
});
