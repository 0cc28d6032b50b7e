/** worklist.html's entry: the clinic worklist page (issue 9), talking to the worklist JSON API. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorklistApp } from './worklist-app';
import './worklist.css';

/** Never persisted: the cache holds patient data and lives only in this page's memory. */
export function createWorklistClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createWorklistClient()}>
        <WorklistApp />
      </QueryClientProvider>
    </StrictMode>,
  );
}
