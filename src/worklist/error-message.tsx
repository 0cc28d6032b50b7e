import type { ReactElement } from 'react';
import { ApiError, SIGN_IN_URL } from './api';

/** A failed call in plain words: a lapsed session offers the sign-in link; nothing is hidden. */
export function ErrorMessage({ error, what }: { readonly error: unknown; readonly what: string }): ReactElement {
  const status = error instanceof ApiError ? error.status : undefined;
  const said = error instanceof Error ? error.message : 'Unknown error.';
  return (
    <div className="wl-alert" role="alert">
      <p>
        <strong>{what} failed.</strong> {said}
      </p>
      {status === 401 ? (
        <p>
          Your session has ended. <a href={SIGN_IN_URL}>Sign in</a> again.
        </p>
      ) : status === 403 ? (
        <p>The server refused the request (the page&apos;s security token is not valid): reload the page.</p>
      ) : status === 404 ? (
        <p>This patient is not in the current worklist (a newer export may have left them out).</p>
      ) : status === 0 ? (
        <p>Check the connection and try again.</p>
      ) : null}
    </div>
  );
}
