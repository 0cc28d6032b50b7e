/**
 * Issue 12 end to end: the patients whose next step changed, through the real SMART launch at 400 and
 * 1280 px, under the US and then the EU label. Each summary line must say what to do next; the
 * screenshots (test-results/screenshots/what-next-<case>-<width>-<policy>.png) are for a human to read.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { launchPatient } from './support/launch';
import { PagePool } from './support/page-pool';
import { waitForSettledScreen } from './support/screen-checks';
import { setupSandbox } from './support/suite';

const sandbox = setupSandbox();
let pool: PagePool | undefined;

beforeAll(async () => {
  pool = await PagePool.open(sandbox.browser, 2);
});
afterAll(async () => {
  await pool?.close();
});

interface Expected {
  /** What the summary line must tell the clinician to do, under each label. */
  readonly us: RegExp;
  readonly eu: RegExp;
  /** A sentence elsewhere on the screen that the next step rests on (both labels). */
  readonly screen?: RegExp;
}

const PATIENTS: readonly (readonly [string, Expected])[] = [
  [
    'alt-stop-on-treatment',
    {
      us: /Stop riluzole; repeat ALT, AST, ALP and bilirubin now/,
      eu: /Stop riluzole; repeat ALT, AST, ALP and bilirubin now/,
    },
  ],
  [
    'stopped-with-stop-alt-last-week',
    {
      us: /Repeat ALT, AST, ALP and bilirubin now/,
      eu: /Repeat ALT, AST, ALP and bilirubin now/,
      screen: /Riluzole stopped \d{1,2} [A-Z][a-z]{2} \d{4} \(dashed red line\)/,
    },
  ],
  [
    'hys-law',
    {
      us: /Stop riluzole; repeat ALT, AST, ALP and bilirubin today/,
      eu: /Stop riluzole; repeat ALT, AST, ALP and bilirubin today/,
    },
  ],
  [
    'paused-on-hold',
    {
      us: /Repeat ALT, AST, ALP and bilirubin now \(due [^)]+\) — to confirm ALT .*\(riluzole on hold\)/,
      eu: /Repeat ALT, AST, ALP and bilirubin now \(due [^)]+\) — to confirm ALT .*\(riluzole on hold\)/,
      screen: /Riluzole on hold, since a date the record does not give/,
    },
  ],
  ['severe-neutropenia', { us: /Neutropenia.*fever/i, eu: /Neutropenia.*fever/i }],
  ['riluzole-allergy', { us: /do not start riluzole/, eu: /do not start riluzole/, screen: /reaction: Hives/ }],
  ['planned-start-next-week', { us: /./, eu: /./, screen: /planned to start \d{1,2} [A-Z][a-z]{2} \d{4}/ }],
  [
    'rechallenge-after-stop',
    {
      us: /Use with caution: .*Rechallenge/,
      eu: /Riluzole not recommended: .*Rechallenge/,
      screen: /Riluzole stopped \d{1,2} [A-Z][a-z]{2} \d{4}/,
    },
  ],
  [
    'cyp1a2-inhibitor-smoker',
    { us: /CYP1A2 inhibitor/, eu: /CYP1A2 inhibitor/, screen: /500 mg twice a day; active MedicationRequest since/ },
  ],
];
const runs = PATIENTS.flatMap(([caseId, expected]) => [400, 1280].map((width) => ({ caseId, expected, width })));

const clean = (s: string | null): string => (s ?? '').replace(/\u00a0/g, ' ');
const summaryOf = async (app: Page | Frame): Promise<string> =>
  clean(await app.locator('[data-testid="first-data"]').textContent());

describe.concurrent('what to do next, on screen', () => {
  it.for(runs)('$caseId at $width px says what to do next', async ({ caseId, expected, width }, { expect }) => {
    if (!pool) throw new Error('page pool not open');
    await pool.use(async (page) => {
      const { app } = await launchPatient(page, sandbox.origin, caseId, { width });
      await waitForSettledScreen(app);
      await screenshot(page, `what-next-${caseId}-${width}-us`);
      expect(await summaryOf(app)).toMatch(expected.us);
      if (expected.screen) expect(clean(await app.locator('body').textContent())).toMatch(expected.screen);
      // No line of the screen may run past a 400 px viewport.
      expect(await app.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await app.getByLabel('EU label (EMA SmPC)').check();
      await waitForSettledScreen(app);
      await screenshot(page, `what-next-${caseId}-${width}-eu`);
      expect(await summaryOf(app)).toMatch(expected.eu);
      if (expected.screen) expect(clean(await app.locator('body').textContent())).toMatch(expected.screen);
    });
  });
});
