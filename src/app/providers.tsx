import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactElement, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { createQueryClient } from './query-client';

interface AppProvidersProps {
  readonly children: ReactNode;
  /** Tests pass their own; the app makes a fresh one per launch. */
  readonly client?: QueryClient;
}

export function AppProviders({ children, client }: AppProvidersProps): ReactElement {
  const [ownClient] = useState(() => client ?? createQueryClient());
  return (
    <ErrorBoundary>
      <QueryClientProvider client={ownClient}>{children}</QueryClientProvider>
    </ErrorBoundary>
  );
}
