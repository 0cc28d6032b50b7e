/** worklist.html's entry: the clinic worklist page (issue 9), talking to the worklist JSON API. */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWorklistClient } from './query-client';
import { WorklistApp } from './worklist-app';
import './worklist.css';

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
