/**
 * Issue 7.7: the Flagged labs table fits its panel (the Evidence column was cut off at the right
 * edge at 1280 px) at 400, 1024, 1280 and 1440 px; and issue 7.1 in Chromium: the comparator
 * patient's ALT "<300" reads "<300 U/L" with a bounded multiple and is not listed as abnormal.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { launchPatient } from './support/launch';
import { waitForSettledScreen } from './support/screen-checks';
import { setupSandbox } from './support/suite';

const sandbox = setupSandbox();

describe('flagged labs in real Chromium', () => {
  it.each([400, 1024, 1280, 1440])(
    'fits the Evidence column inside the panel at %i px (Hy’s law patient)',
    async (width) => {
      const { page } = await sandbox.open(width);
      const { app } = await launchPatient(page, sandbox.origin, 'hys-law', { width });
      await waitForSettledScreen(app);
      await screenshot(page, `flagged-fit-hys-law-${width}`);
      const fit = await app.evaluate(() => {
        const region = document.querySelector('.rm-flag-scroll');
        const buttons = [...document.querySelectorAll('.rm-flag-row .rm-col-evidence button')];
        const right = region?.getBoundingClientRect().right ?? 0;
        return {
          overflow: region ? region.scrollWidth - region.clientWidth : -1,
          outside: buttons.filter((b) => b.getBoundingClientRect().right > right + 0.5).length,
          buttons: buttons.length,
        };
      });
      expect(fit.buttons).toBeGreaterThan(0);
      expect(fit.overflow).toBe(0);
      expect(fit.outside).toBe(0);
    },
    60_000,
  );

  it('shows the comparator patient’s ALT as "<300 U/L", bounded, and not among the abnormal results', async () => {
    const { page } = await sandbox.open(1280);
    const { app } = await launchPatient(page, sandbox.origin, 'alt-less-than-300', { width: 1280 });
    await waitForSettledScreen(app);
    await screenshot(page, 'comparator-alt-less-than-300-1280');
    const summary = await app.textContent('[data-testid="first-data"]');
    expect(summary).toMatch(/ALT <300\s?U\/L \(at most 7\.5× ULN\)/);
    const flagged = (await app.textContent('#rm-flagged')) ?? '';
    expect(flagged).toContain('No abnormal liver result on record.');
    expect(flagged).toMatch(/Not judged against the limit.*ALT <300\s?U\/L/);
  }, 60_000);
});
