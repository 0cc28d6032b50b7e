/**
 * Starts every FHIR read as soon as the launch completes, before React and the screen's modules
 * have loaded: the reads' first pages then arrive while the page is still booting. The screen's
 * `useQueries` picks up these same queries by key (staleTime Infinity: no second request).
 */
import type { QueryClient } from '@tanstack/react-query';
import { LAB_SEARCH_LOINC } from '../fhir/codes';
import type { FhirGateway } from '../fhir/queries/fhir-gateway';
import type { QueryPolicy } from '../fhir/queries/query-policy';
import { buildReadPlan } from '../fhir/queries/read-plan';
import { isReadGranted, readQueryOptions } from '../fhir/queries/read-queries';
import { clinicSettingsQueryOptions } from './clinic-settings';

export function prefetchPatientReads(client: QueryClient, gateway: FhirGateway, policy: QueryPolicy): void {
  const plan = buildReadPlan({
    serverUrl: gateway.serverUrl,
    patientId: gateway.patientId,
    policy,
    labLoinc: LAB_SEARCH_LOINC,
  });
  for (const spec of plan) {
    // Failures are kept in the cache and shown by the screen; prefetchQuery itself never throws.
    if (isReadGranted(gateway, spec)) void client.prefetchQuery(readQueryOptions({ gateway, policy }, spec));
  }
  void client.prefetchQuery(clinicSettingsQueryOptions());
}
