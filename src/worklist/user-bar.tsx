import { useState, type ReactElement } from 'react';
import { postLogout } from './api';
import type { SessionInfo } from './api-types';

/** Who is signed in (the "who" of every review), and sign-out. */
export function UserBar({ session }: { readonly session: SessionInfo }): ReactElement {
  const [failed, setFailed] = useState<string>();
  const signOut = async (): Promise<void> => {
    try {
      await postLogout(session.csrfToken);
      window.location.assign(window.location.pathname);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : 'Sign-out failed.');
    }
  };
  return (
    <header className="wl-user-bar">
      <span className="wl-title">Riluzole clinic worklist</span>
      <span className="wl-user">
        Signed in as <strong>{session.displayName ?? session.fhirUser}</strong>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </span>
      {failed ? (
        <span role="alert" className="wl-alert-inline">
          {failed}
        </span>
      ) : null}
    </header>
  );
}
