/**
 * Issue 12 end to end: the patients whose next step changed, through the real SMART launch at 400 and
 * 1280 px. Each summary line must say what to do next; the screenshots are for a human to read.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
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

/** The patient, and what its summary line must tell the clinician to do. */
const PATIENTS: readonly (readonly [string, RegExp])[] = [
  ['alt-stop-on-treatment', /Stop riluzole; repeat ALT, AST, ALP and bilirubin now/],
  ['hys-law', /Stop riluzole; repeat ALT, AST, ALP and bilirubin today/],
  ['paused-on-hold', /Repeat ALT, AST, ALP and bilirubin now .*\(riluzole on hold\)/],
  ['severe-neutropenia', /Neutropenia/],
  ['riluzole-allergy', /do not start riluzole/],
  ['planned-start-next-week', /./],
  ['rechallenge-after-stop', /./],
  ['cyp1a2-inhibitor-smoker', /CYP1A2 inhibitor/],
  ['stopped-with-stop-alt-last-week', /Repeat ALT, AST, ALP and bilirubin now/],
];
const runs = PATIENTS.flatMap(([caseId, line]) => [400, 1280].map((width) => ({ caseId, line, width })));

describe.concurrent('what to do next, on screen', () => {
  it.for(runs)('$caseId at $width px says what to do next', async ({ caseId, line, width }, { expect }) => {
    if (!pool) throw new Error('page pool not open');
    await pool.use(async (page) => {
      const { app } = await launchPatient(page, sandbox.origin, caseId, { width });
      await waitForSettledScreen(app);
      await screenshot(page, `what-next-${caseId}-${width}`);
      const text = ((await app.locator('[data-testid="first-data"]').textContent()) ?? '').replace(/\u00a0/g, ' ');
      expect(text).toMatch(line);
    });
  });
});
