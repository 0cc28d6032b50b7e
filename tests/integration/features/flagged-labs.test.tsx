import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FlaggedLabsPanel } from '../../../src/features/flagged-labs/flagged-labs-panel';
import type { Assessment, LabResult } from '../../../src/rules/types';
import { assessCase, caseById } from './assess-case';
import { ALT_STOP, ON_RILUZOLE_STOP, READS_DONE } from './fixtures';

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

/** Before the course's baseline window (2 Dec 2025 – 2 Mar 2026): an earlier episode, since resolved. */
const older = (id: string, date: string, value: number, analyte: 'alt' | 'ast' = 'alt'): LabResult => ({
  ...ALT_STOP,
  id,
  date,
  analyte,
  display: analyte.toUpperCase(),
  value,
  multipleOfUln: value / 40,
  grade: value / 40 > 3 ? 2 : 1,
  flag: value > 40 ? 'above' : 'within',
  originalValue: String(value),
});

const WITH_HISTORY: Assessment = {
  ...ON_RILUZOLE_STOP,
  labs: {
    ...ON_RILUZOLE_STOP.labs,
    alt: [
      ...(ON_RILUZOLE_STOP.labs.alt ?? []),
      older('alt-2019', '2019-12-01', 58),
      older('alt-2024', '2024-05-10', 130),
    ],
    ast: [...(ON_RILUZOLE_STOP.labs.ast ?? []), older('ast-2024', '2024-05-10', 90, 'ast')],
  },
};

const NEVER_TREATED: Assessment = { ...WITH_HISTORY, treatment: { status: 'never', products: [], evidence: [] } };

const datesFilter = (): HTMLElement => screen.getByRole('combobox', { name: 'Dates' });

describe('flagged labs: which dates', () => {
  it('lists the current course and its baseline window by default, and says how many older results it hides', () => {
    render(<FlaggedLabsPanel assessment={WITH_HISTORY} reads={READS_DONE} />);
    expect(datesFilter()).toHaveValue('course');
    expect(
      within(datesFilter()).getByRole('option', { name: 'Current course and its baseline window' }),
    ).toBeInTheDocument();
    expect(rowHeaders()).toEqual(['ALT', 'AST', 'ANC', 'ALT']);
    expect(screen.getByRole('table')).not.toHaveTextContent('2019');
    expect(screen.getByRole('table', { name: /4 shown/ }).querySelector('caption')).toHaveTextContent(
      '3 older results (before 2 Dec 2025) hidden: show all dates',
    );
  });

  it('shows the older results under "All dates"', async () => {
    const user = userEvent.setup();
    render(<FlaggedLabsPanel assessment={WITH_HISTORY} reads={READS_DONE} />);
    await user.selectOptions(datesFilter(), 'all');
    expect(rowHeaders()).toHaveLength(7);
    expect(screen.getByRole('row', { name: /1 Dec 2019/ })).toHaveTextContent('58 U/L');
    expect(screen.getByRole('table')).toHaveTextContent('10 May 2024');
    expect(screen.getByRole('table', { name: /7 shown/ })).not.toHaveTextContent('hidden');
  });

  it('shows them from the caption’s button too, keeping the focus on the table', async () => {
    const user = userEvent.setup();
    render(<FlaggedLabsPanel assessment={WITH_HISTORY} reads={READS_DONE} />);
    await user.click(screen.getByRole('button', { name: 'show all dates' }));
    expect(datesFilter()).toHaveValue('all');
    expect(rowHeaders()).toHaveLength(7);
    expect(screen.getByRole('region', { name: /7 shown/ })).toHaveFocus();
  });

  it('counts the hidden results of the chosen test only', async () => {
    const user = userEvent.setup();
    render(<FlaggedLabsPanel assessment={WITH_HISTORY} reads={READS_DONE} />);
    expect(screen.getByRole('option', { name: 'AST (1)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'ast');
    expect(rowHeaders()).toEqual(['AST']);
    expect(screen.getByRole('table')).toHaveTextContent('1 older result (before 2 Dec 2025) hidden');
  });

  it('lists all dates, with no date filter, when the patient has no course start', () => {
    render(<FlaggedLabsPanel assessment={NEVER_TREATED} reads={READS_DONE} />);
    expect(screen.queryByRole('combobox', { name: 'Dates' })).not.toBeInTheDocument();
    expect(rowHeaders()).toHaveLength(7);
    expect(screen.getByRole('table')).not.toHaveTextContent('hidden');
  });

  it('keeps a stopped course’s results in view by default (rechallenge-after-stop)', async () => {
    const { assessment } = await assessCase(caseById('rechallenge-after-stop'));
    render(<FlaggedLabsPanel assessment={assessment} reads={READS_DONE} />);
    expect(datesFilter()).toHaveValue('all');
    expect(
      within(datesFilter()).getByRole('option', { name: 'Last course and its baseline window' }),
    ).toBeInTheDocument();
    // The stop-level ALT behind the rechallenge warning is the first row.
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('6.5× ULN');
  });

  it('hides nothing in a ten-year course, whose old results are all in the course (ten-year-history)', async () => {
    const { assessment } = await assessCase(caseById('ten-year-history'));
    render(<FlaggedLabsPanel assessment={assessment} reads={READS_DONE} />);
    expect(datesFilter()).toHaveValue('course');
    expect(screen.getByRole('table')).not.toHaveTextContent('hidden');
  });
});

describe('flagged labs: a table for assistive technology in every layout', () => {
  const HEADERS = ['Test', 'Result', '×ULN / LLN', 'CTCAE grade', 'Date', 'Range', 'Evidence'];

  it('has a captioned table with named column headers, row headers and cells', () => {
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    const table = screen.getByRole('table', { name: /^Abnormal results, 4 shown, sorted by severity, descending/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/\u00a0[↕▲▼]$/, '')),
    ).toEqual(HEADERS);
    for (const name of ['Test', '×ULN / LLN', 'CTCAE grade', 'Date']) {
      expect(within(table).getByRole('columnheader', { name })).toContainElement(
        within(table).getByRole('button', { name }),
      );
    }
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByRole('rowheader', { name: 'ALT' })).toBeInTheDocument();
    expect(within(first).getAllByRole('cell')).toHaveLength(6);
    expect(within(first).getByRole('cell', { name: '2 Oct 2026' })).toBeInTheDocument();
  });

  it('states every role explicitly, since the narrow card layout sets display:block on the table', () => {
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('role', 'table');
    for (const group of table.querySelectorAll('thead, tbody')) expect(group).toHaveAttribute('role', 'rowgroup');
    for (const row of table.querySelectorAll('tr')) expect(row).toHaveAttribute('role', 'row');
    for (const th of table.querySelectorAll('thead th')) expect(th).toHaveAttribute('role', 'columnheader');
    for (const th of table.querySelectorAll('tbody th')) expect(th).toHaveAttribute('role', 'rowheader');
    for (const td of table.querySelectorAll('td')) expect(td).toHaveAttribute('role', 'cell');
  });

  it('names each card field after its column header', () => {
    render(<FlaggedLabsPanel assessment={ON_RILUZOLE_STOP} reads={READS_DONE} />);
    const first = screen.getAllByRole('row')[1] as HTMLElement;
    const labels = within(first)
      .getAllByRole('cell')
      .map((c) => c.getAttribute('data-label'));
    expect(labels).toEqual([...HEADERS.slice(1, 6), null]);
  });
});
