import { useEffect, useId, useRef, useState, type ReactElement } from 'react';

interface CopyToNoteProps {
  /**
   * Built on click, so the screen does not rebuild the note on every render; a promise while the
   * note's module loads after the first screen (it fails if that chunk cannot be loaded).
   */
  readonly getText: () => string | Promise<string>;
}

type CopyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'fallback'; readonly text: string }
  | { readonly kind: 'unavailable' };

function statusText(state: CopyState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'copied':
      return '✓ Summary copied: paste it into the note.';
    case 'fallback':
      return 'Copying is blocked here. The text below is selected: press Ctrl+C (⌘C on a Mac).';
    case 'unavailable':
      return 'Nothing was copied: the note text could not be prepared (part of the app did not load). Reload the page.';
  }
}

/**
 * Copies the note with the Clipboard API. Inside EHR iframes the API is often blocked
 * (permissions policy), so the fallback shows the text selected in a textarea for Ctrl+C.
 */
export function CopyToNote({ getText }: CopyToNoteProps): ReactElement {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const areaId = useId();

  useEffect(() => {
    if (state.kind === 'fallback') {
      areaRef.current?.focus();
      areaRef.current?.select();
    }
  }, [state]);

  const copy = async (): Promise<void> => {
    let text: string;
    try {
      text = await getText();
    } catch {
      setState({ kind: 'unavailable' });
      return;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'fallback', text });
    }
  };

  return (
    <div className="rm-copy">
      <button type="button" onClick={() => void copy()}>
        Copy to note
      </button>
      <span role="status" className="rm-copy-status">
        {statusText(state)}
      </span>
      {state.kind === 'fallback' && (
        <div className="rm-copy-fallback">
          <label htmlFor={areaId}>Summary text for the note</label>
          <textarea id={areaId} ref={areaRef} readOnly value={state.text} rows={12} />
        </div>
      )}
    </div>
  );
}
