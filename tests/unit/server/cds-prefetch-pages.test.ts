/**
 * CDS Hooks 2.0.1 "a CDS Client MAY paginate prefetch results": a prefetched Bundle with a `next`
 * link is the first page only. The service reads the rest from fhirServer with fhirAuthorization
 * (and only from that server); without them, the data is incomplete and a card says so, never
 * silence. The stop-level ALT of alt-stop-on-treatment is put on the second page.
 */
import { http, HttpResponse } from 'msw';
import { loadMedplum } from '../../../src/sandbox/medplum';
import { ALL_CASES } from '../../cases';
import { AS_OF, FHIR_BASE, hookBody, prefetchFrom, storeOf } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

const ID = 'alt-stop-on-treatment';
const TOKEN = 'ehr-token-for-page-two';
const PAGE_2 = `${FHIR_BASE}/Observation?patient=${ID}&_page=2`;
let h: Harness;
let full: Record<string, unknown>;
const seen: string[] = [];

type Entry = { resource: { resourceType: string; valueQuantity?: { value?: number } } };
type Bundle = { resourceType: 'Bundle'; type: string; entry?: Entry[]; link?: unknown[] };
const isStopAlt = (e: Entry): boolean => e.resource.valueQuantity?.value === 212;

beforeAll(async () => {
  h = await startHarness();
  await loadMedplum();
  const c = ALL_CASES.find((x) => x.id === ID);
  if (!c) throw new Error('case missing');
  full = await prefetchFrom(await storeOf(c.build(AS_OF).resources), ID);
}, 30_000);
afterEach(() => {
  h.msw.resetHandlers();
  seen.length = 0;
});
afterAll(() => stopHarness(h));

/** The prefetch with the 212 U/L ALT taken off every lab Bundle and left behind `nextUrl`. */
function paginated(nextUrl: string): { prefetch: Record<string, unknown>; page2: Bundle } {
  const prefetch: Record<string, unknown> = { ...full };
  const moved: Entry[] = [];
  for (const key of ['labsLoinc1', 'labsCategory']) {
    const b = full[key] as Bundle;
    const entries = b.entry ?? [];
    moved.push(...entries.filter(isStopAlt));
    prefetch[key] = { ...b, entry: entries.filter((e) => !isStopAlt(e)) };
  }
  expect(moved.length).toBeGreaterThan(0);
  const first = prefetch.labsLoinc1 as Bundle;
  prefetch.labsLoinc1 = { ...first, link: [{ relation: 'next', url: nextUrl }] };
  return { prefetch, page2: { resourceType: 'Bundle', type: 'searchset', entry: [moved[0] as Entry] } };
}

const auth = {
  fhirServer: FHIR_BASE,
  fhirAuthorization: {
    access_token: TOKEN,
    token_type: 'Bearer',
    expires_in: 300,
    scope: 'patient/*.read',
    subject: 'cds',
  },
};

async function cards(prefetch: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<string[]> {
  const res = await h.post('/cds-services/riluzole-patient-view', hookBody('patient-view', ID, prefetch, [], extra));
  expect(res.status).toBe(200);
  const list = (res.json() as { cards: { indicator: string; source: { topic?: { code: string } } }[] }).cards;
  return list.map((c) => `${c.indicator} ${c.source.topic?.code ?? ''}`);
}

describe('a paginated prefetch', () => {
  it('reads the next page from fhirServer with the token, and judges what it holds', async () => {
    const { prefetch, page2 } = paginated(PAGE_2);
    h.msw.use(
      http.get(`${FHIR_BASE}/Observation`, ({ request }) => {
        seen.push(`${request.url} ${request.headers.get('authorization') ?? ''}`);
        return HttpResponse.json(page2);
      }),
    );
    const list = await cards(prefetch, auth);
    expect(seen).toEqual([`${PAGE_2} Bearer ${TOKEN}`]);
    expect(list[0]).toBe('critical liver.transaminase-stop');
    expect(list).not.toContain('warning data.read-failed');
  });

  it('says the lab results could not be read in full when there is no fhirServer to read the rest', async () => {
    const { prefetch } = paginated(PAGE_2);
    const list = await cards(prefetch);
    expect(list).toContain('warning data.read-failed');
    expect(list).not.toContain('critical liver.transaminase-stop');
  });

  it('never sends the token to a next link on another server: the data is incomplete instead', async () => {
    const { prefetch } = paginated('https://elsewhere.example.net/fhir/Observation?page=2');
    // msw answers nothing for elsewhere.example.net: a request there fails the test (onUnhandledRequest).
    expect(await cards(prefetch, auth)).toContain('warning data.read-failed');
  });

  it('says so when a fallback read stops early (its next link points to another server)', async () => {
    const { labsLoinc1: first, ...rest } = full;
    const page = { ...(first as Bundle), link: [{ relation: 'next', url: 'https://elsewhere.example.net/fhir/p2' }] };
    h.msw.use(http.get(`${FHIR_BASE}/Observation`, () => HttpResponse.json(page)));
    const list = await cards(rest, auth);
    expect(list).toContain('warning data.read-failed');
    expect(list[0]).toBe('critical liver.transaminase-stop'); // what was read is still judged
  });
});
