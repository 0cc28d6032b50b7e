import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../../src/app/query-client';
import { AppProviders } from '../../../src/app/providers';
import { useFhirReads } from '../../../src/app/use-fhir-reads';
import type { RetryPolicy } from '../../../src/fhir/queries/fetch-pages';
import type { FhirGateway } from '../../../src/fhir/queries/fhir-gateway';
import { DEFAULT_QUERY_POLICY, type QueryPolicy } from '../../../src/fhir/queries/query-policy';

/** Retries without the real 1 s / 3 s waits. */
export const FAST_RETRY: RetryPolicy = { retries: 2, delayMs: () => 5 };

export function renderReads(gateway: FhirGateway, policy: Partial<QueryPolicy> = {}) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <AppProviders client={client}>{children}</AppProviders>;
  const fullPolicy = { ...DEFAULT_QUERY_POLICY, ...policy };
  return renderHook(() => useFhirReads(gateway, fullPolicy, FAST_RETRY), { wrapper });
}

export function readOf(result: { current: { reads: readonly { id: string }[] } }, id: string) {
  const read = result.current.reads.find((r) => r.id === id);
  if (!read) throw new Error(`no read ${id}`);
  return read as (typeof result.current.reads)[number] & import('../../../src/fhir/queries/read-state').ReadState;
}
