import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { ApiError } from './api';
import { ErrorMessage } from './error-message';
import { PatientPage } from './patient-page';
import { sessionQuery } from './queries';
import { SignIn } from './sign-in';
import { UserBar } from './user-bar';
import { useHashRoute } from './use-hash-route';
import { WorklistPage } from './worklist-page';

/** The worklist page: who is signed in first; nothing else is asked before that. */
export function WorklistApp(): ReactElement {
  const session = useQuery(sessionQuery);
  const route = useHashRoute();
  if (session.isPending)
    return (
      <div className="rm-screen wl-app">
        <p role="status">Checking your sign-in…</p>
      </div>
    );
  if (session.isError) {
    return (
      <div className="rm-screen wl-app">
        {session.error instanceof ApiError && session.error.status === 401 ? (
          <SignIn />
        ) : (
          <main className="wl-main">
            <ErrorMessage error={session.error} what="Checking your sign-in" />
          </main>
        )}
      </div>
    );
  }
  return (
    <div className="rm-screen wl-app">
      <UserBar session={session.data} />
      <main className="wl-main">
        {route.patientId ? (
          <PatientPage patientId={route.patientId} session={session.data} onBack={() => route.open()} />
        ) : (
          <WorklistPage onOpen={(id) => route.open(id)} />
        )}
      </main>
    </div>
  );
}
