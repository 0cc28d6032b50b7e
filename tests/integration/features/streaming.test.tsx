import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RiluzoleScreen } from '../../../src/features/screen/riluzole-screen';
import { ON_RILUZOLE_STOP, READS_DONE, READS_LOADING, UP_TO_DATE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

describe('rendering as pages arrive', () => {
  it('keeps the data notes in place, and the focus on a button in them, when the assessment arrives', async () => {
    const { rerender } = await renderScreen(screenProps({ reads: READS_LOADING }));
    const notes = screen.getByRole('region', { name: 'Data notes' });
    const button = notes.querySelector('button, summary') as HTMLElement | null;
    button?.focus();
    rerender(
      <main>
        <h1>Riluzole Monitor</h1>
        <RiluzoleScreen {...screenProps({ assessment: UP_TO_DATE, reads: READS_LOADING })} />
      </main>,
    );
    expect(screen.getByRole('region', { name: 'Data notes' })).toBe(notes);
    if (button) expect(document.activeElement).toBe(button);
  });

  it('shows progress first, then the assessment, then updates when later pages change it', async () => {
    const { rerender } = await renderScreen(screenProps({ reads: READS_LOADING }));
    expect(screen.queryByTestId('first-data')).not.toBeInTheDocument();
    expect(screen.getByText('Loading: 1 page, 50 results so far')).toBeInTheDocument();

    rerender(
      <main>
        <h1>Riluzole Monitor</h1>
        <RiluzoleScreen {...screenProps({ assessment: UP_TO_DATE, reads: READS_LOADING })} />
      </main>,
    );
    expect(screen.getByTestId('first-data')).toHaveTextContent('Up to date so far');
    expect(screen.getByRole('region', { name: 'Liver-test monitoring' })).toHaveTextContent(
      'Up to date so far (loading)',
    );

    // The last page held the stop-level ALT.
    rerender(
      <main>
        <h1>Riluzole Monitor</h1>
        <RiluzoleScreen {...screenProps({ assessment: ON_RILUZOLE_STOP, reads: READS_DONE })} />
      </main>,
    );
    expect(screen.getByTestId('first-data')).toHaveTextContent('Action needed');
    expect(screen.getByText('Done: 3 pages, 150 results')).toBeInTheDocument();
    expect(screen.queryByText(/Still loading/)).not.toBeInTheDocument();
  });

  it('says a capped read has more data on the server', async () => {
    const capped = READS_DONE.map((r) =>
      r.id === 'labs-loinc' ? { ...r, status: 'capped' as const, pages: 20, count: 1000 } : r,
    );
    await renderScreen(screenProps({ assessment: UP_TO_DATE, reads: capped }));
    expect(screen.getByText('Capped at 20 pages, 1000 results: the EHR has more')).toBeInTheDocument();
  });

  it('says a read was not granted, without offering a retry that cannot succeed', async () => {
    const denied = READS_DONE.map((r) =>
      r.id === 'conditions'
        ? {
            ...r,
            status: 'not-granted' as const,
            error: { kind: 'forbidden' as const, message: 'The EHR did not grant access to conditions.' },
          }
        : r,
    );
    await renderScreen(screenProps({ assessment: UP_TO_DATE, reads: denied }));
    expect(screen.getByText('Not granted: The EHR did not grant access to conditions.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Eligibility/ })).toHaveTextContent('some reads are incomplete');
  });
});
