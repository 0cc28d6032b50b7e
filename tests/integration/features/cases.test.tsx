import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { buildNoteText } from '../../../src/features/note/build-note-text';
import { ALL_CASES } from '../../cases';
import { assessCase, caseById } from './assess-case';
import { READS_DONE, READS_LAB_FAILED, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

async function renderCase(id: string, reads = READS_DONE): Promise<ReturnType<typeof renderScreen>> {
  const { assessment, data } = await assessCase(caseById(id));
  return renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads }));
}

describe('the screen driven by the case files', () => {
  it('says "Action needed" with the ALT, its ×ULN and the label section for a stop-level ALT', async () => {
    await renderCase('alt-stop-on-treatment');
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Action needed');
    expect(line).toHaveTextContent('ALT 212 U/L (5.3× ULN) on 18 Nov');
    expect(line).toHaveTextContent('RILUTEK US label 5.1');
    expect(screen.getByRole('region', { name: 'Liver-test monitoring' })).toHaveTextContent('Stop recommended');
  });

  it('says the ALT is overdue, and since when, for an overdue patient', async () => {
    await renderCase('on-riluzole-overdue');
    expect(screen.getByTestId('first-data')).toHaveTextContent('ALT overdue: due since 25 Sep 2026 — draw ALT now');
    expect(screen.getByText('ALT overdue since 25 Sep 2026: draw ALT now.')).toBeInTheDocument();
  });

  it('says "Up to date" with the next due date for a patient whose checks are done', async () => {
    await renderCase('on-riluzole-up-to-date');
    expect(screen.getByTestId('first-data')).toHaveTextContent('Up to date: next ALT due 25 Jan 2027');
    // The window, not only the last day: an ALT drawn before it opens does not count (issue 12).
    expect(screen.getByText('Draw ALT between 11 Jan and 25 Jan 2027.')).toBeInTheDocument();
  });

  it('opens a finding’s evidence with the resource id and the source', async () => {
    const user = userEvent.setup();
    await renderCase('alt-stop-on-treatment');
    const monitoring = screen.getByRole('region', { name: 'Liver-test monitoring' });
    const summary = within(monitoring).getByText(
      (_, el) => el?.tagName === 'SUMMARY' && /Evidence for Discontinue riluzole/.test(el.textContent ?? ''),
    );
    await user.click(summary);
    const details = within(summary.closest('details') as HTMLElement);
    expect(details.getByText('Observation/alt-stop-on-treatment-alt-4')).toBeVisible();
    expect(details.getByText(/Source:/).parentElement).toHaveTextContent('RILUTEK US label 5.1');
  });

  it('never says "no ALT" or "none" when the lab read failed, even where the case has no labs', async () => {
    const { container } = await renderCase('no-baseline-labs', READS_LAB_FAILED);
    expect(container.textContent).not.toMatch(/\bno ALT\b|\bnone\b/i);
    expect(screen.getByTestId('first-data')).toHaveTextContent('Liver tests could not be read');
  });

  it('puts the findings and their dates in the copy-to-note text', async () => {
    const { assessment } = await assessCase(caseById('hys-law'));
    const text = buildNoteText(assessment, assessment.patient, READS_DONE);
    expect(text).toContain('Action needed');
    for (const f of assessment.findings) expect(text).toContain(f.title);
    const dated = assessment.findings.flatMap((f) => f.evidence).find((e) => e.date);
    expect(dated?.id && text).toContain(`[Observation/${dated?.id}]`);
    expect(text).toMatch(/on \d{1,2} [A-Z][a-z]{2} 2026/);
  });

  it.each(ALL_CASES.map((c) => [c.id]))('renders %s with a summary and its panels', async (id) => {
    await renderCase(id);
    expect(screen.getByTestId('first-data')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining([
        'Liver-test monitoring',
        'Flagged labs',
        'Lab trends',
        'Medications and interactions',
        'Data notes',
      ]),
    );
  });

  it.each([['alt-stop-on-treatment'], ['hys-law'], ['cyp1a2-inhibitor-smoker'], ['no-baseline-labs']])(
    'has no serious or critical axe violation: %s',
    async (id) => {
      const { container } = await renderCase(id);
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    },
    // axe over the whole screen in jsdom takes seconds on a busy 2-core machine; a time-out would
    // leave axe running and fail the next case with "Axe is already running".
    30_000,
  );
});
