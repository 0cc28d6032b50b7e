import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ON_RILUZOLE_STOP, READS_DONE, READS_LAB_FAILED, READS_LOADING, UP_TO_DATE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

describe('summary line', () => {
  it('says "Action needed" with the value, ×ULN, date and label section for a stop-level ALT', () => {
    renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP }));
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Action needed');
    expect(line).toHaveTextContent('ALT 212 U/L (5.3× ULN) on 2 Oct');
    expect(line).toHaveTextContent('RILUTEK US label 5.1');
    const counts = screen.getByRole('list', { name: 'Findings by severity' });
    expect(within(counts).getByText('1 critical')).toBeInTheDocument();
    expect(within(counts).getByText('2 warnings')).toBeInTheDocument();
  });

  it('says when the next ALT is due when monitoring is up to date', () => {
    renderScreen(screenProps({ assessment: UP_TO_DATE, reads: READS_DONE }));
    expect(screen.getByTestId('first-data')).toHaveTextContent('Up to date: next ALT due 2 Dec');
  });

  it('says it is loading, and shows no first-data marker, before an assessment exists', () => {
    renderScreen(screenProps({ assessment: undefined, reads: READS_LOADING }));
    expect(screen.queryByTestId('first-data')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('Loading: reading the patient’s labs');
    expect(screen.getByText(/Still loading 1 of 4 reads/)).toBeInTheDocument();
  });

  it('is not reassuring while later lab pages are still loading', () => {
    renderScreen(screenProps({ assessment: UP_TO_DATE, reads: READS_LOADING }));
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Up to date so far');
    expect(line).toHaveTextContent('still loading');
  });

  it('calls an overdue ALT provisional while lab pages are still loading', () => {
    const overdue = { ...UP_TO_DATE, monitoring: { ...UP_TO_DATE.monitoring, status: 'overdue' as const, nextDue: '2026-09-02' } };
    renderScreen(screenProps({ assessment: overdue, reads: READS_LOADING }));
    expect(screen.getByTestId('first-data')).toHaveTextContent(
      'Still loading lab results: so far — ALT overdue: due since 2 Sep 2026 — draw ALT now',
    );
  });

  it('says liver tests could not be read when the lab read failed', () => {
    renderScreen(screenProps({ assessment: UP_TO_DATE, reads: READS_LAB_FAILED }));
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Liver tests could not be read');
    expect(line).not.toHaveTextContent(/up to date/i);
  });
});
