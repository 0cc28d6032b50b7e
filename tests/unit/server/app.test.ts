import { DEFAULT_SETTINGS } from '../../../src/rules';
import { buildServer } from '../../../src/server/app';
import { DEFAULT_CONFIG } from '../../../src/server/config';
import { openDatabase } from '../../../src/server/store';

describe('server app', () => {
  const app = buildServer(DEFAULT_CONFIG, { settings: DEFAULT_SETTINGS, logger: false, db: openDatabase(':memory:') });
  app.get('/boom', () => {
    throw new Error('Ada Lovelace has ALT 212 U/L');
  });
  afterAll(() => app.close());

  it('answers GET /health', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with 404 JSON', async () => {
    const res = await app.inject({ method: 'GET', url: '/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toHaveProperty('error');
  });

  it('answers an internal error with 500 and no message or stack trace', async () => {
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'Internal error.' });
  });
});

describe('server logs', () => {
  it('never carry the Authorization header, the body, the prefetch or a thrown error message', async () => {
    const lines: string[] = [];
    const app = buildServer(DEFAULT_CONFIG, {
      settings: DEFAULT_SETTINGS,
      db: openDatabase(':memory:'),
      logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
    });
    app.post('/boom', () => {
      throw new Error('Patient Ada Lovelace');
    });
    const secret = 'eyJhbGciOiJFUzM4NCJ9.secret-token.sig';
    await app.inject({
      method: 'POST',
      url: '/cds-services/riluzole-patient-view',
      headers: { authorization: `Bearer ${secret}`, cookie: 'session=abc123', 'content-type': 'application/json' },
      payload: JSON.stringify({ hook: 'patient-view', prefetch: { patient: { name: [{ text: 'Ada Lovelace' }] } } }),
    });
    await app.inject({ method: 'POST', url: '/boom', payload: { x: 1 } });
    await app.close();
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(2);
    expect(log).not.toContain('secret-token');
    expect(log).not.toContain('abc123');
    expect(log).not.toContain('Ada Lovelace');
    expect(log).toContain('unhandled error');
  });
});
