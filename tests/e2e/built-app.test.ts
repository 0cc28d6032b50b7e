/**
 * The production build (`npm run build`) served as static files under a sub-path, as a hospital
 * deploys it (README "Deploying to a hospital"): a full EHR launch from the sandbox must reach the
 * patient's data. Catches asset URLs that only work at the web root, and checks that fhirclient's
 * debug logger stays silent even with localStorage.debug set.
 */
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestPage, screenshot, startBrowser } from './support/browser';
import { startDevServer, type DevServer } from './support/dev-server';
import { FIRST_SCREEN_BUDGET_KB, LAUNCH_BUDGET_KB, measureBudget } from '../../scripts/bundle-budget.mjs';
import { BUILD_PREFIX, builtLaunchUrl, serveBuild, type ServedBuild } from './support/serve-build';

let dev: DevServer | undefined;
let browser: Browser | undefined;
let served: ServedBuild | undefined;

beforeAll(async () => {
  [dev, browser] = await Promise.all([startDevServer(), startBrowser()]);
  served = await serveBuild(dev);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  served?.remove();
});

describe('the production build under a sub-path', () => {
  it('launches from the EHR and shows the patient, every asset loaded from the sub-path', async () => {
    if (!dev || !browser) throw new Error('not started');
    const url = await builtLaunchUrl(dev.origin, 'hys-law');
    const { page, context } = await newTestPage(browser, 1280);
    try {
      const failed: string[] = [];
      const scripts: string[] = [];
      page.on('request', (r: Request) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      // fhirclient's debug logger would print requests and the token (issue 8.8): it must stay silent.
      const logged: string[] = [];
      page.on('console', (m) => logged.push(m.text()));
      await page.addInitScript(() => localStorage.setItem('debug', '*'));
      await page.goto(url);
      await page.waitForURL(new RegExp(`${BUILD_PREFIX}index\\.html`), { timeout: 30_000 });
      await page.locator('[data-testid="first-data"]').waitFor({ timeout: 30_000 });
      expect(await page.locator('header[aria-label="Patient"]').textContent()).toContain('Victor Almeida');
      expect(await page.locator('[data-testid="first-data"]').textContent()).toMatch(/Action needed/);
      expect(failed).toEqual([]);
      // A patient whose units the spec's table knows: the UCUM tables are never fetched.
      expect(scripts.filter((p) => /ucum/i.test(p))).toEqual([]);
      expect(logged.filter((t) => /FHIR|oauth2|client:|token|Bearer/i.test(t))).toEqual([]);
      await screenshot(page, 'built-app-under-subpath');
    } finally {
      await context.close();
    }
  });
});

describe('the JavaScript budget (scripts/bundle-budget.mjs)', () => {
  it('keeps the first screen and the launch page within their gzipped budgets', () => {
    if (!served) throw new Error('not built');
    const { firstScreen, launch } = measureBudget(served.outDir);
    // The closure must hold the entry and the React screen, or the total would be meaninglessly small.
    expect(firstScreen.files.some((f) => /^assets\/render-/.test(f.file))).toBe(true);
    expect(firstScreen.files.some((f) => /ucum/i.test(f.file))).toBe(false);
    expect(firstScreen.totalKb).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_KB);
    expect(launch.totalKb).toBeLessThanOrEqual(LAUNCH_BUDGET_KB);
  });
});
