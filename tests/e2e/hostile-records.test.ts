/**
 * Issue 8 in Chromium, through the real SMART launch: "the blank patient" (ALT 212 U/L, 5.3× ULN,
 * on riluzole, beside a 2019 ALT whose comparator is "valueOf") shows its stop finding, and never
 * the empty chart the malformed record used to cause. (The "could not be assessed" screen itself is
 * tested with an Assessment carrying `notAssessed` in tests/integration/features/not-assessed.test.tsx:
 * no FHIR record a server can store reaches it, which is the point.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { waitForSettledScreen } from './support/screen-checks';
import { leaks, setupSandbox } from './support/suite';

const sandbox = setupSandbox();
const CASE = 'alt-stop-beside-malformed-comparator';

/** A test-only case (not in the sandbox list): launched through the sandbox's launch API. */
async function launchByApi(page: Page, origin: string, patient: string): Promise<void> {
  const res = await fetch(`${origin}/sandbox/api/launch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ patient, faults: {} }),
  });
  if (!res.ok) throw new Error(`The sandbox refused the launch: HTTP ${res.status}`);
  const { url } = (await res.json()) as { url: string };
  await page.goto(new URL(url, origin).href);
  await page.waitForURL(/\/index\.html(\?|#|$)/, { timeout: 30_000 });
}

describe('a malformed record beside a stop-level ALT', () => {
  it('shows the stop finding, the ALT and riluzole, never an empty chart', async () => {
    const { page, console } = await sandbox.open();
    await launchByApi(page, sandbox.origin, CASE);
    const app = page;
    await waitForSettledScreen(app);
    const summary = (await app.locator('[data-testid="first-data"]').textContent()) ?? '';
    expect(summary).toMatch(/Action needed|Stop/i);
    expect(summary).toMatch(/ALT/);
    const text = (await app.locator('[data-testid="riluzole-screen"]').innerText()) ?? '';
    expect(text).toMatch(/212\sU\/L/);
    expect(text).toMatch(/5\.3×/);
    for (const bad of [/No riluzole recorded/i, /\b0 critical\b/, /No abnormal liver or blood result/i]) {
      expect(text).not.toMatch(bad);
    }
    expect(text).not.toMatch(/rules could not judge/i);
    expect(leaks(console, ['valueOf'])).toEqual([]);
    await screenshot(page, 'hostile-blank-patient');
  });
});
