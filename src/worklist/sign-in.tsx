import type { ReactElement } from 'react';
import { SIGN_IN_URL } from './api';

/** Before sign-in: no patient data, only the way in. */
export function SignIn(): ReactElement {
  return (
    <main className="wl-main wl-signin">
      <h1>Riluzole clinic worklist</h1>
      <p>Sign in with your EHR account to see the clinic&apos;s worklist.</p>
      <p>
        <a className="wl-button" href={SIGN_IN_URL}>
          Sign in
        </a>
      </p>
    </main>
  );
}
