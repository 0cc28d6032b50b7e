/**
 * Contract tests against CDS Hooks 2.0.1: discovery, the card rules, authentication (401), and
 * the 400/404/412/413 answers. The EHR is msw (its JWKS); the prefetch comes from a case file.
 */
import { SignJWT } from 'jose';
import { ALL_CASES } from '../../cases';
import { AS_OF, hookBody, makeKeys, prefetchFrom, riluzoleDraft, signJwt, storeOf } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

const PATIENT = 'no-baseline-labs';
const SELECT = '/cds-services/riluzole-order-select';
let h: Harness;
let prefetch: Record<string, unknown>;

beforeAll(async () => {
  h = await startHarness();
  const c = ALL_CASES.find((x) => x.id === PATIENT);
  if (!c) throw new Error('case missing');
  prefetch = await prefetchFrom(await storeOf(c.build(AS_OF).resources), PATIENT);
}, 30_000);
afterAll(() => stopHarness(h));

type Card = Record<string, unknown> & { uuid: string; summary: string; indicator: string; source: { label: string } };

function expectSpecCards(cards: readonly Card[]): void {
  const uuids = new Set<string>();
  for (const card of cards) {
    expect(typeof card.summary).toBe('string');
    expect(card.summary.length).toBeLessThan(140);
    expect(['info', 'warning', 'critical']).toContain(card.indicator);
    expect(typeof card.source.label).toBe('string');
    expect(uuids.has(card.uuid)).toBe(false);
    uuids.add(card.uuid);
    const links = (card.links ?? []) as { type: string; url: string; label: string }[];
    expect(links.some((l) => l.type === 'smart')).toBe(true);
    for (const l of links) expect(['absolute', 'smart']).toContain(l.type);
    const suggestions = (card.suggestions ?? []) as { uuid: string; label: string; actions: { type: string }[] }[];
    if (suggestions.length > 0) expect(['at-most-one', 'any']).toContain(card.selectionBehavior);
    for (const s of suggestions) {
      expect(typeof s.label).toBe('string');
      expect(uuids.has(s.uuid)).toBe(false);
      uuids.add(s.uuid);
      for (const a of s.actions) expect(['create', 'update', 'delete']).toContain(a.type);
    }
  }
}

describe('discovery', () => {
  it('lists the three services with hook, title, description, id, prefetch and usageRequirements', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/cds-services' });
    expect(res.statusCode).toBe(200);
    const { services } = res.json() as { services: Record<string, unknown>[] };
    expect(services.map((s) => [s.id, s.hook])).toEqual([
      ['riluzole-order-select', 'order-select'],
      ['riluzole-order-sign', 'order-sign'],
      ['riluzole-patient-view', 'patient-view'],
    ]);
    for (const s of services) {
      for (const key of ['title', 'description', 'usageRequirements']) expect(typeof s[key]).toBe('string');
      const templates = Object.values(s.prefetch as Record<string, string>);
      expect(templates.length).toBeGreaterThan(5);
      for (const t of templates) expect(t).toContain('{{context.patientId}}');
    }
    const templates = Object.values((services[0]?.prefetch ?? {}) as Record<string, string>).join(' ');
    expect(templates).toContain('1742-6'); // ALT
    expect(templates).toContain('_include=MedicationRequest%3Amedication');
    expect(templates).not.toMatch(/date=/); // 2.0.1 has no relative-date tokens
  });
});

describe('order-select cards', () => {
  it('answers a riluzole order without a baseline ALT with cards that obey the spec', async () => {
    const res = await h.post(SELECT, hookBody('order-select', PATIENT, prefetch, [riluzoleDraft(PATIENT)]));
    expect(res.status).toBe(200);
    const { cards } = res.json() as { cards: Card[] };
    expect(cards.length).toBeGreaterThan(0);
    expectSpecCards(cards);
  });

  it('answers no card when no draft order is riluzole', async () => {
    const other = { ...riluzoleDraft(PATIENT), medicationCodeableConcept: { text: 'Baclofen 10 mg tablet' } };
    const res = await h.post(SELECT, hookBody('order-select', PATIENT, prefetch, [other]));
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ cards: [] });
  });
});

describe('authentication (401)', () => {
  const body = (): unknown => hookBody('order-select', PATIENT, prefetch, [riluzoleDraft(PATIENT)]);

  it('refuses a request without a JWT', async () => {
    expect((await h.post(SELECT, body(), null)).status).toBe(401);
  });

  it('refuses an unsigned JWT (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = {
      iss: 'https://ehr.example.org',
      aud: `https://cds.example.org/riluzole${SELECT}`,
      exp: 4e9,
      jti: 'x',
    };
    const unsigned = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect((await h.post(SELECT, body(), unsigned)).status).toBe(401);
  });

  it('refuses a JWT signed with a key not in the JWKS', async () => {
    const stranger = await makeKeys();
    expect((await h.post(SELECT, body(), await signJwt(stranger.privateKey, SELECT))).status).toBe(401);
  });

  it('refuses a JWT whose aud is another URL', async () => {
    const res = await h.post(SELECT, body(), {
      aud: 'https://cds.example.org/riluzole/cds-services/riluzole-patient-view',
    });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ error: 'the JWT aud is not this service URL' });
  });

  it('refuses an expired JWT', async () => {
    const res = await h.post(SELECT, body(), { expiresIn: Math.floor(Date.now() / 1000) - 120 });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ error: 'the JWT has expired' });
  });

  it('refuses an issuer that is not on the allow-list, even with a valid signature', async () => {
    const res = await h.post(SELECT, body(), { iss: 'https://other-ehr.example.net' });
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ error: 'the JWT issuer is not trusted by this service' });
  });

  it('refuses a JWT without jti, and a jti used twice', async () => {
    expect((await h.post(SELECT, body(), { jti: null })).status).toBe(401);
    const token = await signJwt(h.keys.privateKey, SELECT);
    expect((await h.post(SELECT, body(), token)).status).toBe(200);
    expect((await h.post(SELECT, body(), token)).status).toBe(401);
  });

  it('refuses an HMAC JWT even with the right claims', async () => {
    const hmac = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('https://ehr.example.org')
      .setAudience(`https://cds.example.org/riluzole${SELECT}`)
      .setExpirationTime('5m')
      .setJti('hmac-1')
      .sign(new TextEncoder().encode('a shared secret of thirty-two bytes!'));
    expect((await h.post(SELECT, body(), hmac)).status).toBe(401);
  });
});

describe('bad input', () => {
  it('answers 400 with a JSON reason for a body that is not JSON', async () => {
    const res = await h.post(SELECT, '{"hook": ');
    expect(res.status).toBe(400);
    expect(res.json()).toHaveProperty('error');
  });

  it('answers 400 naming the field for JSON that is not a CDS Hooks request', async () => {
    const res = await h.post(SELECT, { hook: 'order-select', context: {} });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: 'hookInstance is required' });
  });

  it('answers 400 when the hook is not the service hook', async () => {
    const res = await h.post(SELECT, hookBody('patient-view', PATIENT, prefetch));
    expect(res.status).toBe(400);
  });

  it('answers 404 for an unknown service', async () => {
    const res = await h.post('/cds-services/not-a-service', hookBody('order-select', PATIENT, prefetch));
    expect(res.status).toBe(404);
  });

  it('answers 412 naming the missing prefetch keys when there is no FHIR server to read them from', async () => {
    const { labsLoinc1: _dropped, ...partial } = prefetch;
    const res = await h.post(SELECT, hookBody('order-select', PATIENT, partial, [riluzoleDraft(PATIENT)]));
    expect(res.status).toBe(412);
    expect(res.json()).toMatchObject({ missingPrefetch: ['labsLoinc1'] });
  });

  it('answers 413 for a body over the configured limit, before reading it', async () => {
    const small = await startHarness({ maxBodyBytes: 4096 });
    try {
      const res = await small.post(SELECT, { ...hookBody('order-select', PATIENT, {}), padding: 'x'.repeat(5000) });
      expect(res.status).toBe(413);
      expect(JSON.stringify(res.json())).not.toMatch(/at .*\.ts/); // no stack trace
    } finally {
      await stopHarness(small);
    }
  });
});
