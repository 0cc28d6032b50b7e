/**
 * The sandbox's "Prescribe riluzole" flow in Chromium: the sandbox plays the EHR (prefetch from its
 * store, a JWT signed with its in-memory key), the CDS service answers order-select, the cards show;
 * accepting the suggestion creates the ServiceRequests; a card's SMART link launches the app.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { axeViolations, patientName, setupSandbox } from './support/suite';

const sandbox = setupSandbox();
const NO_BASELINE = 'no-baseline-labs';
const BANNER = '[aria-label="Patient"]';

describe('sandbox: Prescribe riluzole (CDS Hooks order-select)', () => {
  it('shows the warning card for a missing baseline ALT, and accepting it creates the lab orders', async () => {
    const { page } = await sandbox.open();
    await page.goto(`${sandbox.origin}/sandbox/`);
    await page.locator(`[data-testid="prescribe-${NO_BASELINE}"]`).click();
    const card = page.locator('[data-testid="cds-card"]');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.first().getAttribute('data-indicator')).toBe('warning');
    expect(await card.first().locator('h2').textContent()).toContain('No baseline ALT');
    expect(await card.first().textContent()).toContain('No usable ALT');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sandbox-cds-prescribe-no-baseline');

    await page.locator('[data-testid="accept-suggestion"]').click();
    const created = page.locator('[data-testid="created-resource"]');
    await created.first().waitFor();
    expect(await created.allTextContents()).toEqual([
      expect.stringMatching(/^ServiceRequest\/\S+ ALT$/),
      expect.stringMatching(/^ServiceRequest\/\S+ AST$/),
      expect.stringMatching(/^ServiceRequest\/\S+ Total bilirubin$/),
    ]);
  });

  it('answers no card for an eligible patient', async () => {
    const { page } = await sandbox.open();
    await page.goto(`${sandbox.origin}/sandbox/`);
    await page.locator('[data-testid="prescribe-eligible-baseline-normal"]').click();
    await page.locator('[data-testid="no-cards"]').waitFor();
  });

  it("launches the app for the patient from a card's SMART link", async () => {
    const { page } = await sandbox.open();
    const name = await patientName(page, sandbox.origin, NO_BASELINE);
    await page.goto(`${sandbox.origin}/sandbox/`);
    await page.locator(`[data-testid="prescribe-${NO_BASELINE}"]`).click();
    await page.locator('[data-testid="card-link"]').first().click();
    await page.waitForURL(/\/index\.html/);
    await page.locator(BANNER).getByText(name, { exact: false }).waitFor();
    await page.locator('[data-testid="first-data"]').waitFor();
  });
});
