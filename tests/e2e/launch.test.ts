import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { launchPatient, recordTokens } from './support/launch';
import { axeViolations, leaks, localStorageKeys, patientName, setupSandbox } from './support/suite';

const sandbox = setupSandbox();
const CASE = 'eligible-baseline-normal';
const BANNER = '[aria-label="Patient"]';

describe('sandbox EHR launch', () => {
  it('lists the sandbox patients, each with a scenario and a Launch button, with no axe violations', async () => {
    const { page } = await sandbox.open();
    await page.goto(`${sandbox.origin}/`);
    expect(new URL(page.url()).pathname).toBe('/sandbox/'); // a bare "/" opens the sandbox
    const rows = page.locator('tbody tr[data-patient]');
    expect(await rows.count()).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.locator(`[data-testid="launch-${CASE}"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sandbox-page');
  });

  it('runs a full EHR launch and shows the patient in the banner, leaking nothing', async () => {
    const { page, console } = await sandbox.open();
    const name = await patientName(page, sandbox.origin, CASE);
    const { app, secrets } = await launchPatient(page, sandbox.origin, CASE);
    expect(new URL(app.url()).pathname).toBe('/index.html');
    await app.locator(BANNER).getByText(name, { exact: false }).waitFor();
    await app.locator('[data-testid="first-data"]').waitFor();
    expect(secrets.length).toBeGreaterThan(0);
    expect(leaks(console, [...secrets, name])).toEqual([]);
    expect(await localStorageKeys(app)).toEqual([]);
    expect(app.url()).not.toMatch(/[?&]code=/); // the code is not left in the address bar
    await screenshot(page, `app-${CASE}`);
  });

  it('launches inside the EHR frame (iframe, completeInTarget)', async () => {
    const { page } = await sandbox.open();
    const name = await patientName(page, sandbox.origin, 'baseline-alt-3x');
    const { app } = await launchPatient(page, sandbox.origin, 'baseline-alt-3x', { iframe: true });
    expect(app).not.toBe(page.mainFrame());
    await app.locator(BANNER).getByText(name, { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sandbox/frame'); // the EHR page stays around it
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'app-in-ehr-frame');
  });

  it('runs a standalone launch: the sandbox asks for the patient', async () => {
    const { page } = await sandbox.open();
    const name = await patientName(page, sandbox.origin, 'hys-law');
    const secrets = recordTokens(page);
    await page.click('#standalone-launch');
    await page.locator('[data-testid="pick-hys-law"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sandbox-standalone-picker');
    await page.locator('[data-testid="pick-hys-law"]').click();
    await page.waitForURL(/\/index\.html/);
    await page.locator(BANNER).getByText(name, { exact: false }).waitFor();
    await expect.poll(() => secrets.length).toBeGreaterThan(0);
  });

  it('leaves the banner to the EHR when the token says need_patient_banner: false', async () => {
    const { page } = await sandbox.open();
    const { app } = await launchPatient(page, sandbox.origin, CASE, { faults: { ehrBanner: true } });
    await app.locator('[data-testid="first-data"]').waitFor();
    expect(await app.locator(BANNER).count()).toBe(0);
  });

  it('says "open it from the chart" when index.html is opened directly', async () => {
    const { page } = await sandbox.open();
    await page.goto(`${sandbox.origin}/index.html`);
    await page.getByText("Open Riluzole Monitor from the patient's chart", { exact: false }).waitFor();
  });

  it('refuses an issuer it is not registered for', async () => {
    const { page } = await sandbox.open();
    await page.goto(`${sandbox.origin}/launch.html?iss=${encodeURIComponent('https://ehr.example.org/fhir')}&launch=x`);
    await page.getByText('not registered', { exact: false }).waitFor();
    expect(new URL(page.url()).origin).toBe(sandbox.origin); // no redirect to the unknown server
  });

  it.each(['ten-year-history', 'hys-law', 'on-riluzole-overdue'])('shows %s (screenshot)', async (caseId) => {
    const { page } = await sandbox.open();
    const name = await patientName(page, sandbox.origin, caseId);
    const { app } = await launchPatient(page, sandbox.origin, caseId);
    await app.locator(BANNER).getByText(name, { exact: false }).waitFor();
    await app.locator('[data-testid="first-data"]').waitFor();
    await screenshot(page, `app-${caseId}`);
  });

  it('fits a narrow screen (390 px) without horizontal scrolling', async () => {
    const { page } = await sandbox.open(390);
    const { app } = await launchPatient(page, sandbox.origin, CASE, { width: 390 });
    await app.locator('[data-testid="first-data"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await screenshot(page, `app-${CASE}-narrow`);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
