import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ON_RILUZOLE_STOP, READS_LAB_FAILED, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

describe('clinician screen interactions', () => {
  it('opens a finding’s evidence: the FHIR resource id, value, ULN source and the label source', async () => {
    const user = userEvent.setup();
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP }));
    const monitoring = screen.getByRole('region', { name: 'Liver-test monitoring' });
    const summary = within(monitoring).getByText(
      (_, el) => el?.tagName === 'SUMMARY' && /Evidence for Stop riluzole/.test(el.textContent ?? ''),
    );
    await user.click(summary);
    const details = summary.closest('details') as HTMLElement;
    expect(details).toHaveAttribute('open');
    const ev = within(details);
    expect(ev.getByText('Observation/alt-stop')).toBeVisible();
    expect(ev.getByText('ULN 40 U/L from the lab')).toBeVisible();
    expect(ev.getByText(/Source:/).parentElement).toHaveTextContent('RILUTEK US label 5.1');
  });

  it('switches the label policy for the session', async () => {
    const user = userEvent.setup();
    const onPolicyChange = vi.fn();
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP, onPolicyChange }));
    const group = screen.getByRole('group', { name: 'Label rules for this session' });
    expect(within(group).getByRole('radio', { name: 'US label (FDA)' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'EU label (EMA SmPC)' }));
    expect(onPolicyChange).toHaveBeenCalledWith('eu');
  });

  it('refreshes, and retries a failed read by its id', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    const onRetry = vi.fn();
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP, reads: READS_LAB_FAILED, onRefresh, onRetry }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(onRefresh).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: /Retry: Liver and blood tests/ }));
    expect(onRetry).toHaveBeenCalledWith('labs-loinc');
  });

  it('shows the time of the data and the modest benefit as context', async () => {
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP }));
    expect(screen.getByText(/Data as of/)).toHaveTextContent(/25 Nov 2026, \d\d:30/);
    expect(screen.getByText(/2–3 months’ longer median survival/)).toBeInTheDocument();
  });

  it('copies the note to the clipboard and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP }));
    await user.click(screen.getByRole('button', { name: 'Copy to note' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Action needed'));
    expect(await screen.findByText(/Summary copied/)).toBeInTheDocument();
  });

  it('falls back to a selected textarea when the clipboard is blocked', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error('NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP }));
    await user.click(screen.getByRole('button', { name: 'Copy to note' }));
    const area = await screen.findByRole('textbox', { name: 'Summary text for the note' });
    expect(area).toHaveFocus();
    expect((area as HTMLTextAreaElement).value).toContain('Ada Testpatient');
    expect(screen.getByText(/press Ctrl\+C/)).toBeInTheDocument();
  });

  it('names the patient and birth date in the print header', async () => {
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP, patient: ON_RILUZOLE_STOP.patient }));
    expect(screen.getByText(/Ada Testpatient, born 12 Apr 1961/)).toBeInTheDocument();
    expect(screen.getByText(/^Printed /)).toBeInTheDocument();
  });
});
