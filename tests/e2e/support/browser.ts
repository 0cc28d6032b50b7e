import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { resolveChromium } from './chromium-path.mjs';
import { ROOT } from './dev-server';

/**
 * Debian's Chromium (else CHROME_PATH, else the npm-shipped fallback: see chromium-path.mjs),
 * headless. playwright-core's launch() gives every browser a fresh temporary user-data-dir and
 * deletes it on close, so no profile state leaks between runs.
 */
export async function startBrowser(): Promise<Browser> {
  const { path } = await resolveChromium();
  return chromium.launch({
    executablePath: path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface TestPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every console message and page error seen so far. */
  readonly console: string[];
}

/** A fresh context (its own storage) and page, recording the console. */
export async function newTestPage(browser: Browser, width = 1280): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m: ConsoleMessage) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return { context, page, console: messages };
}

export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');

/** Full-page screenshot at test-results/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
