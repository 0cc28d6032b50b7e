import { QueryClient } from '@tanstack/react-query';

/**
 * A fresh client per launch. Never persisted: the cache holds patient data and lives only in this
 * page's memory. Reads retry per page themselves (fetch-pages.ts), so TanStack's retry is off.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
