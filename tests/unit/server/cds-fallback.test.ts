/**
 * The FHIR-read fallback (missing prefetch + fhirServer + fhirAuthorization) against an msw FHIR
 * server backed by the sandbox store, and the feedback endpoint.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { ALL_CASES } from '../../cases';
import { openDatabase } from '../../../src/server/store';
import { feedbackEntries } from '../../../src/server/store/feedback';
import type { FhirStore } from '../../../src/sandbox/fhir-store';
import { AS_OF, FHIR_BASE, hookBody, riluzoleDraft, storeOf } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

const TOKEN = 'ehr-access-token-for-the-service';
let h: Harness;
const stores = new Map<string, FhirStore>();
const seenAuth: string[] = [];

async function storeFor(id: string): Promise<FhirStore> {
  let s = stores.get(id);
  if (!s) {
    const c = ALL_CASES.find((x) => x.id === id);
    if (!c) throw new Error(`no case ${id}`);
    s = await storeOf(c.build(AS_OF).resources);
    stores.set(id, s);
  }
  return s;
}

function fhirServer(patient: string, failType?: string) {
  return http.get(`${FHIR_BASE}/*`, async ({ request }) => {
    seenAuth.push(request.headers.get('authorization') ?? '');
    const url = new URL(request.url);
    const rel = `${url.pathname.slice(new URL(FHIR_BASE).pathname.length + 1)}${url.search}`;
    if (failType && rel.startsWith(failType))
      return HttpResponse.json({ resourceType: 'OperationOutcome' }, { status: 500 });
    const out = await (await storeFor(patient)).handle({ method: 'GET', url: rel, baseUrl: FHIR_BASE });
    return HttpResponse.json(out.body, { status: out.status });
  });
}

beforeAll(async () => {
  h = await startHarness();
  // Medplum indexes the FHIR definitions on first use (a few seconds): not inside a test's timeout.
  await Promise.all(['no-baseline-labs', 'alt-stop-on-treatment'].map(storeFor));
}, 30_000);
afterEach(() => {
  h.msw.resetHandlers();
  seenAuth.length = 0;
});
afterAll(() => stopHarness(h));

type Cards = { cards: { indicator: string; source: { topic?: { code: string } } }[] };
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

describe('FHIR-read fallback', () => {
  it('reads every missing prefetch key from fhirServer with the token, and answers as with prefetch', async () => {
    h.msw.use(fhirServer('no-baseline-labs'));
    const body = hookBody('order-select', 'no-baseline-labs', undefined, [riluzoleDraft('no-baseline-labs')], auth);
    const res = await h.post('/cds-services/riluzole-order-select', body);
    expect(res.status).toBe(200);
    const { cards } = res.json() as Cards;
    expect(cards.map((c) => c.source.topic?.code)).toEqual(['baseline.alt-missing']);
    expect(seenAuth.length).toBeGreaterThan(5);
    expect(new Set(seenAuth)).toEqual(new Set([`Bearer ${TOKEN}`]));
  });

  it('says the data could not be read when a fallback read fails', async () => {
    h.msw.use(fhirServer('alt-stop-on-treatment', 'Condition'));
    const res = await h.post(
      '/cds-services/riluzole-patient-view',
      hookBody('patient-view', 'alt-stop-on-treatment', undefined, [], auth),
    );
    expect(res.status).toBe(200);
    const codes = (res.json() as Cards).cards.map((c) => `${c.indicator} ${c.source.topic?.code ?? ''}`);
    expect(codes).toContain('critical liver.transaminase-stop');
    expect(codes).toContain('warning data.read-failed');
  });

  it('does not read from a FHIR server outside the issuer allow-list: 412', async () => {
    const other = await startHarness({
      cds: {
        trustedIssuers: [
          {
            iss: 'https://ehr.example.org',
            jwksUrl: 'https://ehr.example.org/jwks.json',
            fhirServers: ['https://fhir.example.org/other'],
          },
        ],
        appLaunchUrl: 'https://apps.example.org/riluzole/launch.html',
      },
    });
    try {
      const res = await other.post(
        '/cds-services/riluzole-patient-view',
        hookBody('patient-view', 'alt-stop-on-treatment', undefined, [], auth),
      );
      expect(res.status).toBe(412);
    } finally {
      await stopHarness(other);
    }
  });
});

describe('feedback', () => {
  const path = '/cds-services/riluzole-order-select/feedback';

  it('records accepted and overridden cards, with the override reason, in the database in dataDir', async () => {
    const feedback = [
      {
        card: 'card-1',
        outcome: 'accepted',
        acceptedSuggestions: [{ id: 'sugg-1' }],
        outcomeTimestamp: '2026-11-25T10:00:00Z',
      },
      {
        card: 'card-2',
        outcome: 'overridden',
        overrideReason: {
          reason: {
            code: 'benefit-outweighs-risk',
            system: 'urn:riluzole-monitor:cds-override-reason',
            display: 'Benefit outweighs the risk',
          },
          userComment: 'discussed',
        },
        outcomeTimestamp: '2026-11-25T10:01:00Z',
      },
    ];
    const res = await h.post(path, { feedback });
    expect(res.status).toBe(200);
    expect(existsSync(join(h.dataDir, 'cds-feedback.jsonl'))).toBe(false);
    const db = openDatabase(join(h.dataDir, 'worklist.sqlite'));
    try {
      const rows = feedbackEntries(db);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        serviceId: 'riluzole-order-select',
        card: 'card-1',
        outcome: 'accepted',
        acceptedSuggestions: ['sugg-1'],
        outcomeTimestamp: '2026-11-25T10:00:00Z',
      });
      expect(rows[0]).not.toHaveProperty('overrideReason');
      expect(rows[1]).toMatchObject({
        card: 'card-2',
        outcome: 'overridden',
        acceptedSuggestions: [],
        overrideReason: {
          code: 'benefit-outweighs-risk',
          system: 'urn:riluzole-monitor:cds-override-reason',
          display: 'Benefit outweighs the risk',
          userComment: 'discussed',
        },
      });
      expect(rows[1]?.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    } finally {
      db.close();
    }
  });

  it('needs a JWT whose aud is the feedback URL', async () => {
    const body = { feedback: [] };
    expect(
      (await h.post(path, body, { aud: 'https://cds.example.org/riluzole/cds-services/riluzole-order-select' })).status,
    ).toBe(401);
    expect((await h.post(path, body)).status).toBe(200);
  });

  it('answers 400 for feedback that is not CDS Hooks feedback', async () => {
    expect((await h.post(path, { feedback: [{ card: 'x', outcome: 'maybe' }] })).status).toBe(400);
  });
});
