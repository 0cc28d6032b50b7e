import '@testing-library/jest-dom/vitest';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/rules/types';
import { READS_LAB_FAILED, READS_LOADING, UP_TO_DATE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

/** No labs at all: what a failed lab read leaves the rules with. */
const NO_LABS: Assessment = {
  ...UP_TO_DATE,
  labs: {},
  monitoring: { ...UP_TO_DATE.monitoring, status: 'due', schedule: [] },
};

describe('absence is never reported as "no data" when reads failed or are loading', () => {
  it('after a failed lab read, names the failure instead of "No ALT" or "none"', async () => {
    const { container } = await renderScreen(screenProps({ assessment: NO_LABS, reads: READS_LAB_FAILED }));
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/\bno ALT\b/i);
    expect(text).not.toMatch(/\bnone\b/i);
    expect(text).not.toMatch(/no abnormal/i);
    expect(screen.getAllByText(/could not be read: server error \(HTTP 500\)/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /Retry/ })).toBeInTheDocument();
  });

  it('while labs load, says "not yet loaded"', async () => {
    const { container } = await renderScreen(screenProps({ assessment: NO_LABS, reads: READS_LOADING }));
    expect(container.textContent).not.toMatch(/\bno ALT\b/i);
    expect(screen.getAllByText(/ALT in this window: not yet loaded/).length).toBe(1);
    expect(screen.getByText(/Loading: 1 page, 50 results so far/)).toBeInTheDocument();
  });
});
