import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Waits until no panel below the first answer is still loading its chunk (issue 11.3): what a
 * clinician sees once the page has settled. A panel whose chunk failed stays failed, and says so.
 * The first import in a test file transforms the panels' modules: allow for a busy machine.
 */
export async function lazyPanelsSettled(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[data-lazy="loading"]')).toBeNull(), { timeout: 10_000 });
}
