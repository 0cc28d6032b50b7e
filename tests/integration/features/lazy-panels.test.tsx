/**
 * The panels below the first answer load after it (issue 11.3): while they load, a plain
 * "Loading…" that is no result; if their chunk cannot be loaded, an error in their place.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { LazySlot, lazyLoader } from '../../../src/features/screen/lazy-slot';

function Answer({ text }: { readonly text: string }): ReactElement {
  return (
    <section aria-labelledby="answer-h">
      <h2 id="answer-h">Lab trends</h2>
      <p>{text}</p>
    </section>
  );
}

/** A chunk that loads when `resolve` is called, or fails when `reject` is. */
function deferredChunk() {
  const calls: { resolve: () => void; reject: (e: Error) => void }[] = [];
  let loaded: typeof Answer | undefined;
  const loader = lazyLoader<{ text: string }>(
    () =>
      new Promise((resolve, reject) =>
        calls.push({
          resolve: () => {
            loaded = Answer;
            resolve(Answer);
          },
          reject,
        }),
      ),
    () => loaded,
  );
  return { loader, calls };
}

describe('a panel loaded after the first answer', () => {
  it('says "Loading…" in a region that is not the panel, and shows no result until it loads', async () => {
    const { loader, calls } = deferredChunk();
    render(<LazySlot loader={loader} title="Lab trends" props={{ text: 'ALT 3× ULN' }} />);
    const placeholder = screen.getByRole('region', { name: 'Lab trends: loading' });
    expect(within(placeholder).getByRole('status')).toHaveTextContent(/^Loading…$/);
    expect(screen.queryByRole('region', { name: 'Lab trends' })).toBeNull();
    expect(screen.queryByText('ALT 3× ULN')).toBeNull();
    calls[0]!.resolve();
    expect(await screen.findByRole('region', { name: 'Lab trends' })).toHaveTextContent('ALT 3× ULN');
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows an error, not a blank, when its chunk fails to load, and loads it on "Try again"', async () => {
    const { loader, calls } = deferredChunk();
    render(<LazySlot loader={loader} title="Lab trends" props={{ text: 'ALT 3× ULN' }} />);
    calls[0]!.reject(new Error('Failed to fetch dynamically imported module'));
    const failed = await screen.findByRole('region', { name: 'Lab trends: could not be loaded' });
    expect(within(failed).getByRole('alert')).toHaveTextContent(
      'This part of the screen could not be loaded or shown: its absence says nothing about the record.',
    );
    expect(screen.queryByText('Loading…')).toBeNull();
    await userEvent.click(within(failed).getByRole('button', { name: 'Try again' }));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    expect(await screen.findByRole('region', { name: 'Lab trends' })).toHaveTextContent('ALT 3× ULN');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('renders at once, without a loading frame, when mounted after its chunk has loaded', async () => {
    const { loader, calls } = deferredChunk();
    const first = render(<LazySlot loader={loader} title="Lab trends" props={{ text: 'first' }} />);
    calls[0]!.resolve();
    await screen.findByText('first');
    first.unmount();
    render(<LazySlot loader={loader} title="Lab trends" props={{ text: 'second' }} />);
    expect(screen.getByRole('region', { name: 'Lab trends' })).toHaveTextContent('second');
  });
});
