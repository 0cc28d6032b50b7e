/**
 * Issue 8.2: an Assessment that could not be made (`notAssessed`) is never shown as an empty chart.
 * The screen, the note text and the print say "Could not be assessed: review the record" in the
 * place of every status, and still list the lab values; never "No riluzole recorded", "0 critical"
 * or "No abnormal … result". The assessment comes from the real rules (a malformed patient record).
 */
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNoteText } from '../../../src/features/note/build-note-text';
import { assessRiluzole } from '../../../src/rules';
import type { Assessment, ClinicalData } from '../../../src/rules/types';
import { CASE_AS_OF } from '../../cases';
import { assessCase, caseById } from './assess-case';
import { READS_DONE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

let notAssessed: Assessment;
let data: ClinicalData;

beforeAll(async () => {
  ({ data } = await assessCase(caseById('alt-stop-on-treatment')));
  const broken = { ...data, patient: { ...data.patient, id: 42 } } as unknown as ClinicalData;
  notAssessed = assessRiluzole(broken, { asOf: CASE_AS_OF, policy: 'us' });
});

const FORBIDDEN = [/No riluzole recorded/i, /\b0 critical\b/i, /No abnormal/i, /\bEligible\b/, /Up to date/i];

describe('an assessment that could not be made', () => {
  it('is what the rules return for a malformed patient record', () => {
    expect(notAssessed.notAssessed?.reason).toBeTruthy();
  });

  it('shows "could not be assessed" in the summary and in place of each status, with the lab values', async () => {
    const { container } = await renderScreen(screenProps({ assessment: notAssessed, data, reads: READS_DONE }));
    const text = container.textContent ?? '';
    for (const bad of FORBIDDEN) expect(text).not.toMatch(bad);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('Could not be assessed: review the record');
    for (const name of [/Eligibility/, /Liver-test monitoring/]) {
      const panel = screen.getByRole('region', { name });
      expect(within(panel).getAllByText(/Could not be assessed/).length).toBeGreaterThan(0);
    }
    const results = screen.getByRole('region', { name: /Results on record/ });
    expect(within(results).getByText(/212\sU\/L/)).toBeInTheDocument();
  });

  it('says so in the note text, with the latest ALT, and never "No riluzole recorded"', () => {
    const note = buildNoteText(notAssessed, notAssessed.patient, READS_DONE);
    for (const bad of FORBIDDEN) expect(note).not.toMatch(bad);
    expect(note).toContain('Treatment: Could not be assessed: review the record.');
    expect(note).toContain('Eligibility: Could not be assessed: review the record.');
    expect(note).toContain('Monitoring: Could not be assessed: review the record.');
    expect(note).toMatch(/- ALT 212 U\/L \(5.3× ULN\) on 18 Nov 2026/);
  });
});
