import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { createWorklistClient } from '../../../src/worklist/query-client';
import { WorklistApp } from '../../../src/worklist/worklist-app';

/** The page with a fresh client as the page makes it (its staleTime too), at the list or a patient's hash. */
export function renderWorklist(hash = ''): RenderResult {
  window.location.hash = hash;
  const client = createWorklistClient();
  return render(
    <QueryClientProvider client={client}>
      <WorklistApp />
    </QueryClientProvider>,
  );
}
