/**
 * The production build (`npm run build`) served as static files under a sub-path, as a hospital
 * deploys it (README "Deploying to a hospital"): a full EHR launch from the sandbox must reach the
 * patient's data. Catches asset URLs that only work at the web root.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, type Connect } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestPage, screenshot, startBrowser } from './support/browser';
import { ROOT, startDevServer, type DevServer } from './support/dev-server';

const PREFIX = '/riluzole/';
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

let outDir = '';
let dev: DevServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'riluzole-dist-'));
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  [dev, browser] = await Promise.all([startDevServer(), startBrowser()]);
  // A plain static host for the build under PREFIX, on the sandbox's origin (its only registered
  // redirect origin), first in the stack so Vite's own HTML handling never sees these requests;
  // everything else falls through to the sandbox.
  const serveBuild: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(PREFIX)) return next();
    const file = normalize(join(outDir, decodeURIComponent(path.slice(PREFIX.length)) || 'index.html'));
    if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  };
  dev.server.middlewares.stack.unshift({ route: '', handle: serveBuild });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the production build under a sub-path', () => {
  it('launches from the EHR and shows the patient, every asset loaded from the sub-path', async () => {
    if (!dev || !browser) throw new Error('not started');
    const origin = dev.origin;
    const res = await fetch(`${origin}/sandbox/api/launch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ patient: 'hys-law' }),
    });
    const { id } = (await res.json()) as { id: string };
    const { page, context } = await newTestPage(browser, 1280);
    try {
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      const iss = encodeURIComponent(`${origin}/sandbox/fhir`);
      await page.goto(`${origin}${PREFIX}launch.html?iss=${iss}&launch=${encodeURIComponent(id)}`);
      await page.waitForURL(new RegExp(`${PREFIX}index\\.html`), { timeout: 30_000 });
      await page.locator('[data-testid="first-data"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('header[aria-label="Patient"]').textContent()).toContain('Victor Almeida');
      expect(await page.locator('[data-testid="first-data"]').textContent()).toMatch(/Action needed/);
      expect(failed).toEqual([]);
      await screenshot(page, 'built-app-under-subpath');
    } finally {
      await context.close();
    }
  });
});
