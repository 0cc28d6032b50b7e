import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readableDates } from '../../../src/features/shared/format';
import { assessCase, caseById } from './assess-case';
import { ON_RILUZOLE_STOP, READS_DONE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

async function renderCase(id: string, policy?: 'us' | 'eu'): Promise<void> {
  const { assessment, data } = await assessCase(caseById(id), policy);
  await renderScreen(
    screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE, policy: assessment.policy }),
  );
}

const panel = (name: string | RegExp): HTMLElement => screen.getByRole('region', { name });

describe('eligibility panel', () => {
  it('shows each finding and the baseline results used, with ×ULN, date and the lab’s ULN', async () => {
    const { assessment, data } = await assessCase(caseById('baseline-alt-3x'));
    await renderScreen(screenProps({ assessment, data, reads: READS_DONE }));
    const p = panel('Eligibility');
    const finding = assessment.eligibility.findings.find((f) => f.code === 'baseline.transaminase-above-3x');
    expect(within(p).getByText(finding?.title ?? '?', { selector: '.rm-finding-title' })).toBeInTheDocument();
    expect(within(p).getAllByText(readableDates(finding?.detail ?? '?'), { exact: false }).length).toBeGreaterThan(0);
    const alt = within(p).getByText('ALT').closest('li') as HTMLElement;
    expect(alt).toHaveTextContent(/ALT \d+ U\/L · \d\.\d+× ULN · \d{1,2} [A-Z][a-z]{2} 2026/);
    expect(alt).toHaveTextContent('from the lab');
  });

  it('says when the ULN was assumed, as the clinic’s setting', async () => {
    await renderCase('alt-no-range-assumed');
    expect(screen.getAllByText(/assumed \(clinic setting; the lab gave no range\)/).length).toBeGreaterThan(0);
    expect(
      within(panel('Data notes')).getByText(/Upper limit of normal assumed \(clinic setting\)/),
    ).toBeInTheDocument();
  });

  it('is titled "at the course start" for a patient on riluzole', async () => {
    await renderCase('on-riluzole-up-to-date');
    const p = panel('Eligibility at the course start');
    expect(p).toHaveTextContent('Eligible at the start');
    expect(p).toHaveTextContent(/Conditions, allergies and medicines as recorded today/);
  });
});

describe('monitoring panel', () => {
  it('lists each due point with its state and the ALT that answered it', async () => {
    await renderCase('on-riluzole-overdue');
    const timeline = within(panel('Liver-test monitoring')).getByRole('list', {
      name: 'ALT schedule from the course start',
    });
    const items = within(timeline).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Baseline · due .* Done Answered by/);
    expect(items[0]).toHaveTextContent(/Answered by ALT \d+ U\/L/);
    expect(items.some((i) => /Overdue/.test(i.textContent ?? ''))).toBe(true);
  });

  it('names the next ALT of a missed point, answers one point per result, and suspends under a stop', async () => {
    const { assessment } = await assessCase(caseById('alt-stop-after-missed-checks'));
    await renderCase('alt-stop-after-missed-checks');
    const timeline = within(panel('Liver-test monitoring')).getByRole('list', {
      name: 'ALT schedule from the course start',
    });
    const items = within(timeline).getAllByRole('listitem');
    const stopAlt = assessment.labs.alt?.[0];
    const missed = items.find((i) => /Missed/.test(i.textContent ?? ''));
    expect(missed).toHaveTextContent(/No ALT in its window; the next ALT came on \d{1,2} [A-Z][a-z]{2} 20\d\d/);
    expect(missed).not.toHaveTextContent(/Answered by/);
    const byStopAlt = items.filter((i) => i.textContent?.includes(`Observation/${stopAlt?.id ?? '?'}`));
    expect(byStopAlt).toHaveLength(1);
    expect(byStopAlt[0]).toHaveTextContent(/Done late/);
    expect(items.some((i) => /Suspended while stop is recommended/.test(i.textContent ?? ''))).toBe(true);
    expect(items.some((i) => /Due now|Overdue/.test(i.textContent ?? ''))).toBe(false);
    expect(panel('Liver-test monitoring')).not.toHaveTextContent(/ALT check due|ALT check overdue/);
  });
});

describe('lab trends', () => {
  it('offers the chart’s values as a table', async () => {
    const user = userEvent.setup();
    await renderCase('alt-stop-on-treatment');
    const p = panel('Lab trends');
    await user.click(within(p).getByText('Liver tests (× ULN): values as a table'));
    const table = within(p).getByRole('table', { name: 'Liver tests (× ULN)' });
    expect(within(table).getByRole('columnheader', { name: 'ALT ×ULN' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('5.3×');
    expect(
      within(p).getByText(/Line chart of ALT, AST and total bilirubin .* lines at 1× ULN, 3× ULN and 5× ULN/),
    ).toBeInTheDocument();
  });
});

describe('lab trends: the riluzole course on the charts', () => {
  it('marks the stop beside the start, in the legend and the table, on the liver and blood charts', async () => {
    const user = userEvent.setup();
    await renderCase('stopped-with-stop-alt-last-week');
    const p = panel('Lab trends');
    const legends = within(p).getAllByRole('list', { name: 'Riluzole course on the chart' });
    expect(legends).toHaveLength(2);
    for (const legend of legends) {
      expect(legend).toHaveTextContent(/Riluzole started \d{1,2} [A-Z][a-z]{2} 2026 \(solid green line\)/);
      expect(legend).toHaveTextContent('Riluzole stopped 24 Nov 2026 (dashed red line)');
    }
    await user.click(within(p).getByText('Liver tests (× ULN): values as a table'));
    const table = within(p).getByRole('table', { name: 'Liver tests (× ULN)' });
    expect(within(table).getByRole('columnheader', { name: 'Riluzole course' })).toBeInTheDocument();
    const stopRow = within(table).getByRole('rowheader', { name: '24 Nov 2026' }).closest('tr');
    expect(stopRow).toHaveTextContent(/stopped$/);
    expect(within(p).getByText(/Line chart of ALT.* Riluzole stopped 24 Nov 2026\./)).toBeInTheDocument();
  });

  it('says a course is on hold even when the record does not date the hold, and draws no made-up date', async () => {
    const user = userEvent.setup();
    await renderCase('paused-on-hold');
    const p = panel('Lab trends');
    const legend = within(p).getAllByRole('list', { name: 'Riluzole course on the chart' })[0];
    expect(legend).toHaveTextContent('Riluzole on hold, since a date the record does not give: not drawn on the chart');
    await user.click(within(p).getByText('Liver tests (× ULN): values as a table'));
    const table = within(p).getByRole('table', { name: 'Liver tests (× ULN)' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Date not recorded———Riluzole on hold, since a date the record does not give',
    );
  });
});

describe('medications and interactions', () => {
  it('shows riluzole with its dose and start, the interacting drug with its reason, and smoking', async () => {
    await renderCase('cyp1a2-inhibitor-smoker');
    const p = panel('Medications and interactions');
    expect(p).toHaveTextContent(/100 mg a day \(the labelled dose\); course started/);
    expect(within(p).getByText(/CYP1A2 inhibitor/i, { selector: '.rm-finding-title' })).toBeInTheDocument();
    expect(p).toHaveTextContent(/Smoking status: .* \(recorded \d{1,2} [A-Z][a-z]{2} 20\d\d\)/);
  });

  it('says a stopped course has no current order, not that its dose could not be computed', async () => {
    await renderCase('stopped-with-stop-alt-last-week');
    const p = panel('Medications and interactions');
    expect(p).toHaveTextContent(/no current order/);
    expect(p).not.toHaveTextContent(/could not be computed/);
  });

  it('says a riluzole order that starts next week has not started, not that none is recorded', async () => {
    await renderCase('planned-start-next-week');
    expect(panel('Medications and interactions')).toHaveTextContent(/not started yet \(a future or planned order\)/);
    expect(panel('Liver-test monitoring')).toHaveTextContent(/Riluzole not started yet/);
    expect(panel('Liver-test monitoring')).not.toHaveTextContent(/No riluzole recorded/);
  });

  it('says so when the dose of a current order cannot be computed', async () => {
    await renderCase('riluzole-text-only');
    expect(panel('Medications and interactions')).toHaveTextContent(/daily dose could not be computed from the record/);
  });
});

describe('supportive care', () => {
  it('shows the weight trend and the weight-loss reminder', async () => {
    await renderCase('weight-loss-10pct');
    const p = panel('Supportive care');
    expect(p).toHaveTextContent(/1\d(\.\d+)?% below the highest of the 12 months before it/);
    expect(within(p).getByRole('list', { name: 'Recent weights, newest first' })).toBeInTheDocument();
  });

  it('shows what the rules decided: applies, and their weight change (not a second computation)', async () => {
    const latest = {
      resourceType: 'Observation',
      id: 'w2',
      display: 'Weight',
      value: 72,
      unit: 'kg',
      date: '2028-02-29',
    };
    const highest = { ...latest, id: 'w1', value: 90, date: '2027-02-28' };
    const weights = [latest, highest].map((w) => ({
      ...w,
      analyte: 'weight' as const,
      status: 'final',
      originalValue: String(w.value),
      originalUnit: 'kg',
    }));
    const assessment = {
      ...ON_RILUZOLE_STOP,
      labs: { ...ON_RILUZOLE_STOP.labs, weight: weights },
      supportive: { applies: true, weightChange: { latest, highest, lossFraction: 0.2 } },
    };
    await renderScreen(screenProps({ assessment, reads: READS_DONE }));
    expect(panel('Supportive care')).toHaveTextContent(
      '72 kg on 29 Feb 2028; 20% below the highest of the 12 months before it, 90 kg (28 Feb 2027)',
    );
  });

  it('is hidden when the rules say supportive care does not apply, even on riluzole', async () => {
    await renderScreen(
      screenProps({ assessment: { ...ON_RILUZOLE_STOP, supportive: { applies: false } }, reads: READS_DONE }),
    );
    expect(screen.queryByRole('region', { name: 'Supportive care' })).not.toBeInTheDocument();
  });

  it('is not shown when ALS is not documented and riluzole was never recorded', async () => {
    await renderCase('als-not-documented');
    expect(screen.queryByRole('region', { name: 'Supportive care' })).not.toBeInTheDocument();
  });
});

describe('an interaction is said once (issue 7.7)', () => {
  it('shows the interaction finding in full in Medications only, and refers to it from Eligibility', async () => {
    const { assessment, data } = await assessCase(caseById('cyp1a2-inhibitor-smoker'));
    const { container } = await renderScreen(
      screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }),
    );
    const f = assessment.eligibility.findings.find((x) => x.code === 'interaction.cyp1a2-inhibitor');
    expect(f).toBeDefined();
    const detail = readableDates(f?.detail ?? '');
    const times = (container.textContent ?? '').split(detail).length - 1;
    expect(times).toBe(1);
    expect(panel('Medications and interactions')).toHaveTextContent(detail);
    expect(panel(/Eligibility/)).toHaveTextContent(
      /Also for eligibility: .*shown in full under Medications and interactions/,
    );
  });
});
