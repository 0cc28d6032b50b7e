import type { Frame, Page, Response } from 'playwright-core';
import type { Faults } from '../../../src/sandbox/faults';

export interface LaunchOptions {
  /** Only `expireAfterSeconds` of 0, 10 or 60 can be chosen on the page. */
  readonly faults?: Partial<Faults>;
  /** Open the app inside the sandbox's EHR frame (an iframe). */
  readonly iframe?: boolean;
  readonly width?: number;
  readonly timeoutMs?: number;
}

export interface Launched {
  /** Where the app runs: the page itself, or the iframe inside the EHR frame. */
  readonly app: Page | Frame;
  /** Every token the sandbox issued to this page (to check that none leaks). */
  readonly secrets: readonly string[];
}

const INDEX = /\/index\.html(\?|#|$)/;

async function waitForFrame(page: Page, url: RegExp, timeoutMs: number): Promise<Frame> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && url.test(f.url()));
    if (frame) return frame;
    if (Date.now() > end) throw new Error(`No frame reached ${url} within ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

/** Records access and refresh tokens from the sandbox's token endpoint, as the browser sees them. */
export function recordTokens(page: Page): string[] {
  const secrets: string[] = [];
  page.on('response', (res: Response) => {
    if (!res.url().includes('/sandbox/auth/token')) return;
    res
      .json()
      .then((body: Record<string, unknown>) => {
        for (const k of ['access_token', 'refresh_token']) if (typeof body[k] === 'string') secrets.push(body[k]);
      })
      .catch(() => undefined);
  });
  return secrets;
}

/**
 * Launches the app for one case the way a clinician does: the sandbox page, fault settings,
 * Launch → launch.html?iss&launch → authorize → token → index.html. Resolves when index.html is
 * loaded (and, unless the fault denies access, the code has been exchanged).
 */
export async function launchPatient(
  page: Page,
  origin: string,
  caseId: string,
  options: LaunchOptions = {},
): Promise<Launched> {
  const timeout = options.timeoutMs ?? 30_000;
  const f = options.faults ?? {};
  if (options.width) await page.setViewportSize({ width: options.width, height: 900 });
  const secrets = recordTokens(page);
  await page.goto(`${origin}/sandbox/`);
  if (f.latencyMs) await page.fill('#fault-latency', String(f.latencyMs));
  if (f.serverErrorType) await page.selectOption('#fault-500', f.serverErrorType);
  if (f.deniedType) await page.selectOption('#fault-403', f.deniedType);
  if (f.expireAfterSeconds !== undefined) await page.selectOption('#fault-expired', String(f.expireAfterSeconds));
  if (f.warnings) await page.check('#fault-warnings');
  if (f.tinyPages) await page.check('#fault-tinyPages');
  if (f.accessDenied) await page.check('#fault-accessDenied');
  if (f.ehrBanner) await page.check('#fault-ehrBanner');
  if (options.iframe) await page.check('#target-frame');

  const exchanged = f.accessDenied
    ? Promise.resolve()
    : page
        .waitForResponse((r) => r.url().includes('/sandbox/auth/token') && r.status() === 200, { timeout })
        .then(() => undefined);
  await page.click(`[data-testid="launch-${caseId}"]`);
  let app: Page | Frame = page;
  if (options.iframe) {
    await page.waitForURL(/\/sandbox\/frame\?/, { timeout });
    app = await waitForFrame(page, INDEX, timeout);
  } else {
    await page.waitForURL(INDEX, { timeout });
  }
  await exchanged;
  await app.waitForLoadState('load');
  return { app, secrets };
}
