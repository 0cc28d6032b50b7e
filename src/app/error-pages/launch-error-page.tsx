import type { ReactElement } from 'react';
import { launchFailureText, type LaunchFailure } from '../../smart/launch-errors';
import './plain-page.css';

interface LaunchErrorPageProps {
  readonly failure: LaunchFailure;
}

/** What the clinician sees when the launch could not complete (opened directly, expired, denied…). */
export function LaunchErrorPage({ failure }: LaunchErrorPageProps): ReactElement {
  const { title, detail } = launchFailureText(failure);
  return (
    <main className="rm-launch-error" data-failure={failure.kind}>
      <h1>Riluzole Monitor</h1>
      <p role="alert">{title}</p>
      {detail ? <p>{failure.kind === 'denied' ? `The EHR said: ${detail}` : detail}</p> : null}
    </main>
  );
}
