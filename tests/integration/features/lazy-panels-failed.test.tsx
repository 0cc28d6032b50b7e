/**
 * The real screen when the chunk of the panels below the first answer cannot be loaded (an
 * offline laptop, a deploy that replaced it): the first answer stays, each later panel says it
 * could not be loaded, and copying the note says nothing was copied. The import is mocked to reject.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ON_RILUZOLE_STOP, READS_DONE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

vi.mock('../../../src/features/screen/later-import', () => ({
  importLaterPanels: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

const LATER = ['Flagged labs', 'Lab trends', 'Medications and interactions', 'Records read from the EHR', 'Data notes'];

describe('the screen when the later panels cannot be loaded', () => {
  it('keeps the first answer and puts an error in place of each later panel, never a blank', async () => {
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP, reads: READS_DONE }));
    expect(screen.getByTestId('first-data')).toHaveTextContent('Action needed');
    expect(screen.getByRole('region', { name: 'Liver-test monitoring' })).toBeInTheDocument();
    for (const title of LATER) {
      const failed = screen.getByRole('region', { name: `${title}: could not be loaded` });
      expect(within(failed).getByRole('alert')).toHaveTextContent(/could not be loaded or shown/);
      expect(screen.queryByRole('region', { name: title })).toBeNull();
    }
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('says nothing was copied when the note text cannot be prepared', async () => {
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP, reads: READS_DONE }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy to note' }));
    expect(await screen.findByText(/Nothing was copied: the note text could not be prepared/)).toBeInTheDocument();
  });
});
