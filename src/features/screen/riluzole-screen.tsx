import type { ReactElement } from 'react';
import type { ScreenProps } from './screen-props';

/** The clinician screen (placeholder until the screens land). */
export function RiluzoleScreen(props: Readonly<ScreenProps>): ReactElement {
  return (
    <main>
      <h1>Riluzole Monitor</h1>
      <p>{props.assessment ? `Eligibility: ${props.assessment.eligibility.status}` : 'Loading…'}</p>
    </main>
  );
}
