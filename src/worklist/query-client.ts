import { QueryClient } from '@tanstack/react-query';

/**
 * The page's query client. Never persisted: the cache holds patient data and lives only in this page's
 * memory. A review invalidates what it changes (queries.ts); coming back to the tab re-reads the list.
 */
export function createWorklistClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
