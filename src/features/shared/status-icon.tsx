import type { ReactElement } from 'react';
import type { Tone } from './tone';

const PATHS: Readonly<Record<Tone, string>> = {
  // Circle with a cross: stop.
  critical:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 4.2L9.4 8l1.4 1.4-1.4 1.4L8 9.4l-1.4 1.4-1.4-1.4L6.6 8 ' +
    '5.2 6.6l1.4-1.4L8 6.6l1.4-1.4z',
  // Triangle with an exclamation mark.
  warning: 'M8 1 15 14H1L8 1zm-.9 4.5v4.2h1.8V5.5H7.1zm0 5.4v1.7h1.8v-1.7H7.1z',
  // Circle with an "i".
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 3h1.8v1.8H7.1V4zm0 3h1.8v5H7.1V7z',
  // Circle with a tick.
  ok: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.4 4.3 1.3 1.3L7 12.2 3.8 9l1.3-1.3L7 9.6l4.4-4.3z',
  // Clock.
  pending:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 1 1 0 10.4A5.2 5.2 0 0 1 8 2.8zM7.2 ' +
    '4v4.5l3.2 2 .9-1.4-2.3-1.5V4H7.2z',
  // Circle with a question mark.
  unknown:
    'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2.8c1.6 0 2.8 1 2.8 2.4 0 1.2-.8 1.7-1.4 ' +
    '2.1-.4.3-.5.4-.5.9v.3H7.1v-.4c0-1 .5-1.5 1-1.8.5-.3.9-.6.9-1.1 0-.5-.4-.8-1-.8s-1.1.4-1.2 ' +
    '1L5.1 5.9C5.4 4.6 6.5 3.8 8 3.8zm-.9 7h1.8v1.7H7.1v-1.7z',
};

/** A 1em inline SVG; decorative, because the words next to it carry the meaning. */
export function StatusIcon({ tone }: { readonly tone: Tone }): ReactElement {
  return (
    <svg className="rm-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={PATHS[tone]} />
    </svg>
  );
}
