import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FlaggedLabsPanel } from '../../../src/features/flagged-labs/flagged-labs-panel';
import { ON_RILUZOLE_STOP, READS_DONE } from './fixtures';

function rowHeaders(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

describe('flagged labs', () => {
  it('lists abnormal results worst first, with value, ×ULN, grade, date and range source', () => {
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    expect(rowHeaders()).toEqual(['ALT', 'AST', 'ANC', 'ALT']);
    const first = screen.getAllByRole('row')[1];
    expect(first).toHaveTextContent('212 U/L');
    expect(first).toHaveTextContent('5.3× ULN');
    expect(first).toHaveTextContent('Grade 3');
    expect(first).toHaveTextContent('2 Oct 2026');
    expect(screen.getByRole('cell', { name: 'Assumed' })).toBeInTheDocument();
  });

  it('sorts by date with the keyboard and announces the order with aria-sort', async () => {
    const user = userEvent.setup();
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    const dateButton = screen.getByRole('button', { name: /^Date/ });
    dateButton.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders()).toEqual(['ALT', 'AST', 'ANC', 'ALT']);
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders()[0]).toBe('ALT');
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('2 Apr 2026');
  });

  it('filters by analyte with a labelled select', async () => {
    const user = userEvent.setup();
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'anc');
    expect(rowHeaders()).toEqual(['ANC']);
    expect(screen.getByRole('row', { name: /ANC/ })).toHaveTextContent('below LLN 1.5');
  });

  it('opens the evidence of a row with the keyboard, showing the FHIR resource and its source values', async () => {
    const user = userEvent.setup();
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    const button = screen.getByRole('button', { name: 'Evidence for ALT on 2 Oct 2026' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const region = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(region).toBeVisible();
    const ev = within(region as HTMLElement);
    expect(ev.getByText('Observation/alt-stop')).toBeVisible();
    expect(ev.getByText('ULN 40 U/L from the lab')).toBeVisible();
    expect(ev.getByText(/Cited by: Stop riluzole/)).toBeVisible();
  });
});
