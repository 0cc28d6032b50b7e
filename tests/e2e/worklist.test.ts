/**
 * Issue 9 end to end: the clinic worklist in `npm start`'s dev server. Sign in as the sandbox nurse
 * (OpenID Connect against the sandbox), see the ranked sandbox patients, acknowledge one, snooze
 * another, reload and find both kept; axe at 1280 and 400 px.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/screen-checks';
import { setupSandbox } from './support/suite';

// A database of this run's own (seeded by the dev server's first export), not the developer's.
process.env.SANDBOX_WORKLIST_DB = join(mkdtempSync(join(tmpdir(), 'worklist-e2e-')), 'worklist.sqlite');
const sandbox = setupSandbox();

async function signIn(page: Page): Promise<void> {
  await page.goto(`${sandbox.origin}/worklist/`);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.waitForURL(`${sandbox.origin}/worklist/`);
  await page.getByText('Signed in as').waitFor({ timeout: 30_000 });
  await page.locator('tr[data-patient]').first().waitFor({ timeout: 30_000 });
}

const rowOf = (page: Page, id: string) => page.locator(`tr[data-patient="${id}"]`);

describe('the clinic worklist', () => {
  it('signs the nurse in, ranks the sandbox patients, keeps an acknowledgement and a snooze', async () => {
    const { page, context } = await sandbox.open(1280);
    await page.goto(`${sandbox.origin}/sandbox/`);
    const sandboxIds = await page
      .locator('tbody tr[data-patient]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-patient')));
    await page.locator('#worklist-link').click();
    await page.waitForURL(`${sandbox.origin}/worklist/`);
    await signIn(page);
    expect(await page.locator('.wl-user strong').textContent()).toBe('Nurse Alex Morgan');

    const session = (await context.cookies()).find((c) => c.name === 'rm_worklist_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/worklist' });

    const ids = await page
      .locator('tr[data-patient]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-patient')));
    expect([...ids].sort()).toEqual([...sandboxIds].sort());
    const ranks = await page.locator('tr[data-patient] .wl-rank').allTextContents();
    expect(ranks).toEqual(ids.map((_, i) => String(i + 1)));
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [first, second] = ids;
    if (!first || !second) throw new Error('fewer than two rows');
    await rowOf(page, first).getByRole('link').click();
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByRole('status').filter({ hasText: 'Acknowledged.' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Back to the worklist/ }).click();

    await rowOf(page, second).getByRole('link').click();
    const until = await page.getByLabel('Snooze until').getAttribute('min');
    await page.getByLabel('Snooze until').fill(until ?? '');
    await page.getByRole('button', { name: 'Snooze', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Snoozed.' }).waitFor();

    await page.goto(`${sandbox.origin}/worklist/`);
    await page.reload();
    await page.locator('tr[data-patient]').first().waitFor({ timeout: 30_000 });
    await expect(rowOf(page, first).locator('.wl-review').textContent()).resolves.toBe('Acknowledged');
    await expect(rowOf(page, second).locator('.wl-review').textContent()).resolves.toBe('Snoozed');
  });

  it('shows no patient data before sign-in, and is axe-clean at 400 px once signed in', async () => {
    const { page } = await sandbox.open(400);
    const api = await page.request.get(`${sandbox.origin}/worklist/api/rows`);
    expect(api.status()).toBe(401);
    await page.goto(`${sandbox.origin}/worklist/`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.locator('tr[data-patient]').count()).toBe(0);
    await signIn(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const id = await page.locator('tr[data-patient]').first().getAttribute('data-patient');
    await rowOf(page, id ?? '')
      .getByRole('link')
      .click();
    await page.getByRole('button', { name: 'Acknowledge' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
