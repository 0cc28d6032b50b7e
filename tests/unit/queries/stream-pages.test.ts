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

  it('shares the interval between the reads of one launch, but publishes each first page at once', async () => {
    // Two reads on one gateway, three pages each; page 2 of A at ~80 ms, of B at ~90 ms, pages 3 at ~250 ms.
    const gateway = fakeGateway([]);
    const answers: Record<string, [object, number]> = {
      A: [page('a1', `${SERVER}/A?p=2`), 5],
      [`${SERVER}/A?p=2`]: [page('a2', `${SERVER}/A?p=3`), 75],
      [`${SERVER}/A?p=3`]: [page('a3'), 170],
      B: [page('b1', `${SERVER}/B?p=2`), 5],
      [`${SERVER}/B?p=2`]: [page('b2', `${SERVER}/B?p=3`), 85],
      [`${SERVER}/B?p=3`]: [page('b3'), 160],
    };
    gateway.request = (path) =>
      new Promise((resolve) => setTimeout(() => resolve(answers[path]?.[0] ?? {}), answers[path]?.[1] ?? 0));
    const t0 = Date.now();
    const published: { what: string; at: number }[] = [];
    const ctx = { gateway, policy: DEFAULT_QUERY_POLICY, retry: noWait, publishIntervalMs: 50 };
    const signal = new AbortController().signal;
    const one = (path: string) =>
      streamPages(ctx, [path], (d) => published.push({ what: `${path}:${d.pages}`, at: Date.now() - t0 }), signal);
    await Promise.all([one('A'), one('B')]);
    const at = (what: string) => published.find((p) => p.what === what)?.at ?? NaN;
    // Both first pages at once, within a few ms of each other.
    expect(Math.abs(at('A:1') - at('B:1'))).toBeLessThan(20);
    // B's page 2 came 10 ms after A's was published: it waits for the shared interval to end.
    expect(at('B:2') - at('A:2')).toBeGreaterThanOrEqual(45);
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
