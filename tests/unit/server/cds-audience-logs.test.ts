/**
 * Issue 10: the `aud` a JWT must carry when `publicUrl` is unset is the URL the request was made to
 * (scheme, Host, path), for /feedback the feedback URL, and a forwarded host never changes it; and
 * the server's log stream carries no patient data through a whole hook call, a failed FHIR read,
 * a 400 and a 401.
 */
import { http, HttpResponse } from 'msw';
import { loadMedplum } from '../../../src/sandbox/medplum';
import { ALL_CASES } from '../../cases';
import { AS_OF, FHIR_BASE, hookBody, prefetchFrom, riluzoleDraft, signJwt, storeOf } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

const ID = 'no-baseline-labs';
const NAME = 'Robert Kowalski';
const SELECT = '/cds-services/riluzole-order-select';
const HOST = 'cds.internal:8787';

describe('aud without publicUrl', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ publicUrl: undefined });
  });
  afterAll(() => stopHarness(h));

  async function status(path: string, aud: string, headers: Record<string, string> = {}): Promise<number> {
    const token = await signJwt(h.keys.privateKey, path, { aud });
    const payload = path.endsWith('/feedback') ? { feedback: [] } : hookBody('order-select', ID, {}, []);
    const res = await h.app.inject({
      method: 'POST',
      url: path,
      headers: { host: HOST, 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      payload: JSON.stringify(payload),
    });
    return res.statusCode;
  }

  it('is the URL the request was made to (412 here: authenticated, but no prefetch)', async () => {
    expect(await status(SELECT, `http://${HOST}${SELECT}`)).toBe(412);
    expect(await status(SELECT, `https://cds.example.org/riluzole${SELECT}`)).toBe(401);
  });

  it('is the feedback URL for /feedback', async () => {
    expect(await status(`${SELECT}/feedback`, `http://${HOST}${SELECT}/feedback`)).toBe(200);
    expect(await status(`${SELECT}/feedback`, `http://${HOST}${SELECT}`)).toBe(401);
  });

  it('ignores X-Forwarded-Host and X-Forwarded-Proto (set publicUrl behind a proxy)', async () => {
    const forwarded = { 'x-forwarded-host': 'evil.example.net', 'x-forwarded-proto': 'https' };
    expect(await status(SELECT, `https://evil.example.net${SELECT}`, forwarded)).toBe(401);
    expect(await status(SELECT, `http://${HOST}${SELECT}`, forwarded)).toBe(412);
  });
});

describe('the log stream', () => {
  it('carries no patient name, id, birth date, lab value or token through a hook call', async () => {
    const lines: string[] = [];
    const h = await startHarness({}, { level: 'trace', stream: { write: (line: string) => void lines.push(line) } });
    try {
      await loadMedplum();
      const c = ALL_CASES.find((x) => x.id === ID);
      if (!c) throw new Error('case missing');
      const prefetch = await prefetchFrom(await storeOf(c.build(AS_OF).resources), ID);
      expect(JSON.stringify(prefetch.patient)).toContain('Kowalski');
      const draft = riluzoleDraft(ID);
      const ok = await h.post(SELECT, hookBody('order-select', ID, prefetch, [draft]));
      expect(ok.status).toBe(200);
      // A fallback read that fails, with the FHIR token in the request.
      h.msw.use(
        http.get(`${FHIR_BASE}/*`, () => HttpResponse.json({ resourceType: 'OperationOutcome' }, { status: 500 })),
      );
      const { conditions: _c, ...partial } = prefetch;
      const auth = {
        fhirServer: FHIR_BASE,
        fhirAuthorization: { access_token: 'fhir-token-XYZ', token_type: 'Bearer' },
      };
      expect((await h.post(SELECT, hookBody('order-select', ID, partial, [draft], auth))).status).toBe(200);
      // A 400 and a 401 whose bodies carry the name.
      expect((await h.post(SELECT, { hook: 'order-select', context: { patientId: ID, name: NAME } })).status).toBe(400);
      expect((await h.post(SELECT, hookBody('order-select', ID, prefetch, [draft]), null)).status).toBe(401);
    } finally {
      await stopHarness(h);
    }
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(6);
    for (const secret of ['Kowalski', 'Robert', '1958-11-02', ID, 'fhir-token-XYZ', 'Riluzole 50']) {
      expect(log).not.toContain(secret);
    }
  });
});
