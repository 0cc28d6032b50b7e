/**
 * Runs every FHIR read of the launch at once (one wave), then the batched Medication read, and
 * reports each read's ReadState and the de-duplicated resources received so far.
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { LAB_SEARCH_LOINC } from '../fhir/codes';
import type { FhirResource } from '../fhir/queries/bundle';
import type { ReadData, RetryPolicy } from '../fhir/queries/fetch-pages';
import type { FhirGateway } from '../fhir/queries/fhir-gateway';
import {
  canReadMedications,
  MEDICATIONS_READ,
  medicationBatchPaths,
  missingMedicationIds,
} from '../fhir/queries/medication-refs';
import type { QueryPolicy } from '../fhir/queries/query-policy';
import { buildReadPlan } from '../fhir/queries/read-plan';
import { isReadGranted, patientKey, readKey, readQueryOptions } from '../fhir/queries/read-queries';
import type { ReadState } from '../fhir/queries/read-state';
import { toReadState } from '../fhir/queries/to-read-state';
import { dedupeResources } from './dedupe';
import { useMedicationBatches } from './use-medication-batches';

export interface FhirReads {
  readonly reads: readonly ReadState[];
  readonly resources: readonly FhirResource[];
  /** When the newest data arrived (ISO instant), once anything has. */
  readonly fetchedAt?: string;
  readonly refresh: () => void;
  readonly retry: (readId: string) => void;
}

/** Returns the previous array while its items are the same objects, so memos downstream hold. */
function useShallowStable<T>(items: readonly T[]): readonly T[] {
  // React's "adjust state while rendering" pattern: no effect, no extra commit.
  const [stable, setStable] = useState<readonly T[]>(items);
  const changed = stable.length !== items.length || stable.some((p, i) => p !== items[i]);
  if (changed) setStable(items);
  return changed ? items : stable;
}

export function useFhirReads(gateway: FhirGateway, policy: QueryPolicy, retry?: RetryPolicy): FhirReads {
  const queryClient = useQueryClient();
  const ctx = useMemo(() => (retry ? { gateway, policy, retry } : { gateway, policy }), [gateway, policy, retry]);
  const plan = useMemo(
    () =>
      buildReadPlan({ serverUrl: gateway.serverUrl, patientId: gateway.patientId, policy, labLoinc: LAB_SEARCH_LOINC }),
    [gateway, policy],
  );
  const results = useQueries({ queries: plan.map((spec) => readQueryOptions(ctx, spec)) });
  const readStates = plan.map((spec, i) =>
    toReadState(spec, results[i] ?? { status: 'pending', error: null }, isReadGranted(gateway, spec)),
  );

  // Medication references are resolved from the order pages read so far: the batch starts with
  // the first page of every medication read and later pages' new references get a batch of their
  // own (ids already asked are not asked again), so a long order history does not hold the first
  // assessment back until its last page.
  const medIndexes = plan.flatMap((s, i) =>
    s.resourceType === 'MedicationRequest' || s.resourceType === 'MedicationStatement' ? [i] : [],
  );
  const medsStarted = medIndexes.every((i) => readStates[i]?.status !== 'loading');
  const medsSettled = medsStarted && medIndexes.every((i) => readStates[i]?.status !== 'partial');
  const medResources = medIndexes.flatMap((i) => results[i]?.data?.resources ?? []);
  const missingKey = medsStarted ? missingMedicationIds(medResources, gateway.serverUrl).join(',') : '';
  const missing = useMemo(() => (missingKey ? missingKey.split(',') : []), [missingKey]);
  const meds = useMedicationBatches(ctx, missing);
  const medsSpec = {
    ...MEDICATIONS_READ,
    path: medicationBatchPaths(meds.asked, gateway.serverUrl, policy.pageSize).join(' + '),
  };
  const medsNow = toReadState(medsSpec, meds.query, canReadMedications(gateway.grantedScopes));
  // Shown while it may still be needed, and when it ran; left out when every medication was
  // contained or included (nothing was requested, so there is nothing to report). Until the
  // orders' last page is in, a finished batch is only 'partial': more references may follow.
  const medsState: ReadState | undefined = !medsStarted
    ? {
        ...toReadState(medsSpec, { status: 'pending', error: null }, true),
        request: 'Medication?_id=… (after the first page of medication orders)',
      }
    : meds.asked.length === 0
      ? medsSettled
        ? undefined
        : { ...medsNow, status: 'partial', request: 'Medication?_id=… (as medication orders arrive)' }
      : !medsSettled && (medsNow.status === 'done' || medsNow.status === 'capped')
        ? { ...medsNow, status: 'partial' }
        : medsNow;

  const datas = useShallowStable<ReadData | undefined>([...results.map((r) => r.data), ...meds.datas]);
  const resources = useMemo(() => dedupeResources(datas.map((d) => d?.resources ?? [])), [datas]);
  const newest = Math.max(0, ...results.map((r) => r.dataUpdatedAt), meds.updatedAt);

  const refresh = useCallback(() => {
    void queryClient.refetchQueries({ queryKey: patientKey(gateway.patientId) });
  }, [queryClient, gateway.patientId]);
  const retryRead = useCallback(
    (readId: string) => {
      void queryClient.refetchQueries({ queryKey: readKey(gateway.patientId, readId) });
    },
    [queryClient, gateway.patientId],
  );

  return {
    reads: medsState ? [...readStates, medsState] : readStates,
    resources,
    ...(newest > 0 ? { fetchedAt: new Date(newest).toISOString() } : {}),
    refresh,
    retry: retryRead,
  };
}
