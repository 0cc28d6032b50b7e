import { DEFAULT_SETTINGS } from '../../../src/rules';
import { buildServer } from '../../../src/server/app';
import { DEFAULT_CONFIG } from '../../../src/server/config';

describe('server app', () => {
  const app = buildServer(DEFAULT_CONFIG, { settings: DEFAULT_SETTINGS, logger: false });
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
});
