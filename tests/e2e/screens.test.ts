/**
 * Issue 4 end to end: every sandbox patient through the real SMART launch at 400 px and 1440 px
 * (screenshot, axe, no sideways page scroll), 200% zoom, the keyboard, copy to note, print to PDF
 * and the EHR iframe. One dev server and one Chromium; two pooled pages keep the run short.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, subDays } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CASES } from '../cases/index';
import { screenshot } from './support/browser';
import { ROOT } from './support/dev-server';
import { launchPatient } from './support/launch';
import { PagePool } from './support/page-pool';
import { horizontalOverflow, seriousAxeViolations, waitForSettledScreen } from './support/screen-checks';
import { patientName, setupSandbox } from './support/suite';

const sandbox = setupSandbox();
const WIDTHS = [400, 1440] as const;
let pool: PagePool | undefined;

beforeAll(async () => {
  pool = await PagePool.open(sandbox.browser, 2);
});
afterAll(async () => {
  await pool?.close();
});

function usePool(): PagePool {
  if (!pool) throw new Error('page pool not open');
  return pool;
}

const runs = SANDBOX_CASES.flatMap((c) => WIDTHS.map((width) => ({ caseId: c.id, width })));

describe.concurrent('every sandbox patient, launched through the EHR', () => {
  it.for(runs)(
    '$caseId at $width px: settles, has no serious axe violation, no sideways page scroll',
    async ({ caseId, width }, { expect }) => {
      await usePool().use(async (page) => {
        const { app } = await launchPatient(page, sandbox.origin, caseId, { width });
        await waitForSettledScreen(app);
        await screenshot(page, `${caseId}-${width}`);
        const violations = await seriousAxeViolations(page);
        expect(violations, `axe on ${caseId} at ${width} px:\n${violations.join('\n')}`).toEqual([]);
        if (width === 400)
          expect(await horizontalOverflow(page), 'page scrolls sideways at 400 px').toBeLessThanOrEqual(1);
      });
    },
  );
});

describe('the screen for one patient at a time', () => {
  // 200% browser zoom of a 1440 px window is a 720 px CSS viewport at device scale factor 2:
  // the media queries and the layout then behave exactly as under the browser's zoom.
  it.each(['hys-law', 'ten-year-history'])(
    '%s at 200 percent zoom: no sideways page scroll, the summary in view',
    async (caseId) => {
      const context = await sandbox.browser.newContext({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
      try {
        const page = await context.newPage();
        const { app } = await launchPatient(page, sandbox.origin, caseId);
        await waitForSettledScreen(app);
        await screenshot(page, `${caseId}-zoom200`);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
        const box = await page.locator('[data-testid="first-data"]').boundingBox();
        expect(box).not.toBeNull();
        expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(720);
        expect(await page.locator('[data-testid="first-data"]').isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    },
  );

  it('works with the keyboard alone: Tab reaches evidence, sort buttons and the filter; Enter and Space sort', async () => {
    const { page } = await sandbox.open(1440);
    const { app } = await launchPatient(page, sandbox.origin, 'hys-law', { width: 1440 });
    await waitForSettledScreen(app);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Set<string>();
    let sortFocused = false;
    for (let i = 0; i < 120 && !sortFocused; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return { kind: 'none', outline: 'none' };
        const style = getComputedStyle(el);
        const kind =
          el.tagName === 'SUMMARY' && /^(Evidence|Source)/.test(el.textContent ?? '')
            ? 'evidence'
            : el.classList.contains('rm-sort')
              ? 'sort'
              : el.tagName === 'SELECT' && el.closest('#rm-flagged')
                ? 'filter'
                : 'other';
        return { kind, outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (f.kind !== 'other' && f.kind !== 'none') {
        reached.add(f.kind);
        // Focus must be visible: the screen draws a 3 px outline on :focus-visible.
        expect(f.outline, `outline on the focused ${f.kind}`).not.toMatch(/^none|\s0px$/);
      }
      sortFocused = f.kind === 'sort' && reached.has('filter');
    }
    expect([...reached].sort()).toEqual(['evidence', 'filter', 'sort']);
    const sortOf = (): Promise<string | null> =>
      page.evaluate(() => document.activeElement?.closest('th')?.getAttribute('aria-sort') ?? null);
    const before = await sortOf();
    await page.keyboard.press('Enter');
    const afterEnter = await sortOf();
    expect(afterEnter).not.toBe(before);
    expect(['ascending', 'descending']).toContain(afterEnter);
    await page.keyboard.press('Space');
    expect(await sortOf()).not.toBe(afterEnter);
    await screenshot(page, 'hys-law-keyboard');
  });

  it('copies a note with the patient, the ALT value, ×ULN, date and "stop" (alt-stop-on-treatment)', async () => {
    const caseId = 'alt-stop-on-treatment';
    const { page, context } = await sandbox.open(1440);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sandbox.origin });
    const name = await patientName(page, sandbox.origin, caseId);
    const { app } = await launchPatient(page, sandbox.origin, caseId, { width: 1440 });
    await waitForSettledScreen(app);
    await page.getByRole('button', { name: 'Copy to note' }).click();
    await page.getByText('Summary copied', { exact: false }).waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    // The case's stop-level ALT was drawn 7 days ago (tests/cases/alt-stop-on-treatment.ts).
    const drawn = format(subDays(new Date(), 7), 'd MMM yyyy');
    expect(note).toContain(name);
    expect(note).toMatch(new RegExp(`ALT 212\\sU/L \\(5\\.3× ULN\\) on ${drawn}`));
    expect(note).toMatch(/stop/i);
  });

  it('prints to PDF once, with the print header naming the patient, birth date and time printed', async () => {
    const caseId = 'hys-law';
    const { page } = await sandbox.open(1440);
    const name = await patientName(page, sandbox.origin, caseId);
    const { app } = await launchPatient(page, sandbox.origin, caseId, { width: 1440 });
    await waitForSettledScreen(app);
    const born = (await page.locator('[aria-label="Patient"]').textContent())?.match(
      /Born ([^·(]+?)\s*(\(age \d+\))?\s*(·|$)/,
    )?.[1];
    expect(born).toBeTruthy();
    const header = page.locator('.rm-print-header');
    expect(await header.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await header.isVisible()).toBe(true);
    const text = (await header.textContent()) ?? '';
    expect(text).toContain(name);
    expect(text).toContain(`born ${born ?? ''}`);
    expect(text).toContain('Printed');
    const path = resolve(ROOT, `test-results/${caseId}-print.pdf`);
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
    });
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it('shows first data inside the sandbox EHR iframe at 400 px', async () => {
    const { page } = await sandbox.open(400);
    const { app } = await launchPatient(page, sandbox.origin, 'severe-neutropenia', { iframe: true, width: 400 });
    expect(app).not.toBe(page.mainFrame());
    await waitForSettledScreen(app);
    await screenshot(page, 'severe-neutropenia-iframe-400');
  });
});
