import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { WorklistApp } from '../../../src/worklist/worklist-app';

/** The page with a fresh query client (no retries), at the list (no patient in the hash). */
export function renderWorklist(hash = ''): RenderResult {
  window.location.hash = hash;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <WorklistApp />
    </QueryClientProvider>,
  );
}
