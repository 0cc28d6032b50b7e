import { createRequire } from 'node:module';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { newTestPage, startBrowser, type TestPage } from './browser';
import { startDevServer, type DevServer } from './dev-server';

export interface Sandbox {
  readonly origin: string;
  /** The file's one Chromium, for tests that manage their own contexts (a page pool). */
  readonly browser: Browser;
  /** A fresh browser context and page, closed after the test. */
  open(width?: number): Promise<TestPage>;
}

/** One dev server and one Chromium per test file (started in beforeAll, closed in afterAll). */
export function setupSandbox(): Sandbox {
  let dev: DevServer | undefined;
  let browser: Browser | undefined;
  const opened: TestPage[] = [];
  beforeAll(async () => {
    [dev, browser] = await Promise.all([startDevServer(), startBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });
  return {
    get origin(): string {
      if (!dev) throw new Error('dev server not started');
      return dev.origin;
    },
    get browser(): Browser {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    async open(width?: number): Promise<TestPage> {
      if (!browser) throw new Error('browser not started');
      const t = await newTestPage(browser, width);
      opened.push(t);
      return t;
    },
  };
}

/** The patient's display name as the sandbox page lists it. */
export async function patientName(page: Page, origin: string, caseId: string): Promise<string> {
  if (!page.url().startsWith(`${origin}/sandbox/`)) await page.goto(`${origin}/sandbox/`);
  const name = await page.locator(`tr[data-patient="${caseId}"] th`).textContent();
  if (!name) throw new Error(`No sandbox patient ${caseId}`);
  return name.trim();
}

/** Nothing secret or identifying may reach the console: no token, no patient name. */
export function leaks(consoleMessages: readonly string[], secrets: readonly string[]): string[] {
  return consoleMessages.filter((m) => secrets.some((s) => s.length > 0 && m.includes(s)));
}

export async function localStorageKeys(app: Page | Frame): Promise<string[]> {
  return app.evaluate(() => Object.keys(window.localStorage));
}

/** axe-core's violations on the current page (rule ids), injected from node_modules. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => v.id);
  });
}
