/** The worklist page in axe-core (jsdom): the list, a failed-types run, and a patient with a review. */
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { notAssessedListed } from '../../cases/worklist/not-assessed-listed';
import { ranksOneOfEach } from '../../cases/worklist/ranks-one-of-each';
import { worklistBackend, type Backend } from './backend';
import { renderWorklist } from './render-worklist';

const AXE_TIMEOUT_MS = 30_000;
let backend: Backend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
  window.location.hash = '';
});

async function seriousViolations(container: HTMLElement): Promise<string[]> {
  // Contrast needs real layout; the end-to-end tests check it in Chromium.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of the worklist page (axe-core in jsdom)', { timeout: AXE_TIMEOUT_MS }, () => {
  it('the list with a failed type and a patient not assessed', async () => {
    backend = await worklistBackend(notAssessedListed, { failedTypes: ['Condition'] });
    const { container } = renderWorklist();
    await screen.findByRole('table');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('a patient with the review actions', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    const { container } = renderWorklist('#patient=alt-stop-on-treatment');
    await screen.findByRole('heading', { name: 'Liver-test monitoring' });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
