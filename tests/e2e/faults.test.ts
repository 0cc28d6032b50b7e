import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { launchPatient } from './support/launch';
import { leaks, patientName, setupSandbox } from './support/suite';

const sandbox = setupSandbox();
const CASE = 'eligible-baseline-normal';
const FIRST_DATA = '[data-testid="first-data"]';

describe('sandbox fault modes, as the clinician sees them', () => {
  it('added latency: the data still arrives', async () => {
    const { page } = await sandbox.open();
    const started = Date.now();
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { latencyMs: 400 } });
    await app.locator(FIRST_DATA).waitFor();
    expect(Date.now() - started).toBeGreaterThan(400);
  });

  it('a 500 on one resource type is named, with a retry button', async () => {
    const { page } = await sandbox.open();
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { serverErrorType: 'Condition' } });
    await app
      .getByText(/failed to answer \(HTTP 500/)
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 20_000 });
    await app.getByRole('button', { name: /retry/i }).filter({ visible: true }).first().waitFor();
    await screenshot(page, 'fault-500-condition');
  });

  it('an expired token says "session expired, relaunch"', async () => {
    const { page, console } = await sandbox.open();
    const name = await patientName(page, sandbox.origin, CASE);
    const { app, secrets } = await launchPatient(page, sandbox.origin, CASE, { faults: { expireAfterSeconds: 0 } });
    await app
      .getByText('Your session has expired', { exact: false })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(leaks(console, [...secrets, name])).toEqual([]);
    await screenshot(page, 'fault-expired-token');
  });

  it('a denied scope names the data that was not granted', async () => {
    const { page } = await sandbox.open();
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { deniedType: 'AllergyIntolerance' } });
    await app
      .getByText(/did not grant access to/)
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 20_000 });
    await app.locator(FIRST_DATA).waitFor();
    await screenshot(page, 'fault-denied-allergies');
  });

  it('OperationOutcome warnings in search results are shown', async () => {
    const { page } = await sandbox.open();
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { warnings: true } });
    await app
      .getByText('may not contain the entire record', { exact: false })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('tiny pages: the app follows next links to the end', async () => {
    const { page } = await sandbox.open();
    const offsets: number[] = [];
    page.on('request', (r) => {
      const m = /[?&]_offset=(\d+)/.exec(r.url());
      if (r.url().includes('/sandbox/fhir/') && m?.[1]) offsets.push(Number(m[1]));
    });
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { tinyPages: true } });
    await app.locator(FIRST_DATA).waitFor();
    await expect.poll(() => Math.max(0, ...offsets), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
  });

  it("access denied at authorize shows the EHR's reason", async () => {
    const { page } = await sandbox.open();
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { accessDenied: true } });
    await app.getByText('The EHR did not authorize Riluzole Monitor', { exact: false }).waitFor();
    await app.getByText('denied access to this chart', { exact: false }).waitFor();
    await screenshot(page, 'fault-access-denied');
  });
});
