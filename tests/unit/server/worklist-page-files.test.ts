/**
 * `npm run serve` serves the built worklist page: dist/worklist.html at /worklist/ with security
 * headers, the hashed assets under /worklist/assets/, and nothing outside dist/assets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/rules';
import { buildServer } from '../../../src/server/app';
import { DEFAULT_CONFIG } from '../../../src/server/config';
import { openDatabase } from '../../../src/server/store';

const dist = mkdtempSync(join(tmpdir(), 'worklist-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'worklist.html'),
  '<!doctype html><script type="module" src="./assets/worklist-abc.js"></script>',
);
writeFileSync(join(dist, 'assets', 'worklist-abc.js'), 'console.log(1)');
writeFileSync(join(dist, 'secret.txt'), 'not for you');
const db = openDatabase(':memory:');
const app = buildServer(
  {
    ...DEFAULT_CONFIG,
    worklist: { signIn: { issuer: 'https://ehr.example.org/fhir', clientId: 'w' }, writeBack: false },
  },
  { settings: DEFAULT_SETTINGS, logger: false, db, distDir: dist },
);
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the built worklist page', () => {
  it('is served at /worklist/ with a Content-Security-Policy (and /worklist redirects there)', async () => {
    const r = await app.inject({ url: '/worklist/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.body).toContain('./assets/worklist-abc.js');
    expect((await app.inject({ url: '/worklist' })).headers.location).toBe('/worklist/');
  });

  it('serves its assets and nothing outside dist/assets', async () => {
    const js = await app.inject({ url: '/worklist/assets/worklist-abc.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    for (const url of [
      '/worklist/assets/..%2Fsecret.txt',
      '/worklist/assets/%2E%2E%2Fworklist.html',
      '/worklist/assets/x.exe',
    ]) {
      expect((await app.inject({ url })).statusCode).toBe(404);
    }
  });
});
