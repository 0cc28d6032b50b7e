/**
 * Issue 7.1: a result reported with a comparator ("<300" U/L, ULN 40) keeps it on every screen and
 * its multiple is only ever a bound (spec §1 "Display", v3); the rules could not judge it, so it is
 * never listed as abnormal.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/cli/format-text';
import { buildNoteText } from '../../../src/features/note/build-note-text';
import { assessCase, caseById } from './assess-case';
import { READS_DONE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

/** "7.5×" standing alone, not as "at most 7.5×". */
const UNBOUNDED_MULTIPLE = /(?<!at most )7\.5×/;

describe.each(['alt-less-than-300', 'alt-newest-unjudgeable'])('ALT "<300" U/L (ULN 40) in %s', (id) => {
  it('shows "<300 U/L" and only a bounded multiple anywhere on the screen', async () => {
    const { assessment, data } = await assessCase(caseById(id));
    const { container } = await renderScreen(
      screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }),
    );
    const text = container.textContent ?? '';
    expect(text).toContain('<300\u00a0U/L');
    expect(text).not.toMatch(/(?<![<≤\d.])300\s?U\/L/);
    expect(text).not.toMatch(UNBOUNDED_MULTIPLE);
    const eligibility = screen.getByRole('region', { name: /Eligibility/ });
    expect(eligibility).toHaveTextContent('<300 U/L · at most 7.5× ULN');
  });

  it('never lists it among the abnormal results, and says it was not judged', async () => {
    const { assessment, data } = await assessCase(caseById(id));
    await renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }));
    const flagged = screen.getByRole('region', { name: 'Flagged labs' });
    expect(within(flagged).queryByRole('row', { name: /ALT/ })).toBeNull();
    expect(flagged).toHaveTextContent(/Not judged against the limit.*ALT <300 U\/L on/);
  });

  it('keeps the comparator in the copied note and in the command line text', async () => {
    const { assessment } = await assessCase(caseById(id));
    const note = buildNoteText(assessment, assessment.patient, READS_DONE);
    expect(note).toMatch(/Latest ALT: <300 U\/L \(at most 7\.5× ULN\) on .*cannot be judged/);
    expect(note).not.toMatch(UNBOUNDED_MULTIPLE);
    const cli = formatText(assessment);
    expect(cli).toMatch(/Latest: ALT <300 U\/L \(at most 7\.5× ULN\) on \d{4}-\d{2}-\d{2}, cannot be judged/);
    expect(cli).not.toMatch(UNBOUNDED_MULTIPLE);
  });
});
