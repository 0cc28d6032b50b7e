/**
 * Medication references of MedicationRequest/MedicationStatement: resolved when contained (`#id`)
 * or included (`_include`), otherwise read in one batched search `Medication?_id=a,b,c` (or one by
 * one where the EHR lacks that search: medication-reads.ts).
 */
import { queryOptions } from '@tanstack/react-query';
import type { FhirResource } from './bundle';
import { MAX_URL_LENGTH } from './read-plan';
import { readKey, streamPages, type ReadQueryContext } from './read-queries';
import type { ReadData } from './fetch-pages';
import { isIdSearchUnsupported, readMedicationsOneByOne } from './medication-reads';
import { canRead } from './scopes';
import { chunkCodes } from './search-url';

const MEDICATION_PATH = /(?:^|\/)Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/** The id a `medicationReference.reference` names, when it is a Medication on this server. */
export function medicationIdOf(reference: string, serverUrl: string): string | undefined {
  if (reference.startsWith('#')) return undefined; // contained: resolved by the normaliser
  if (/^[a-z]+:/i.test(reference) && !reference.startsWith(`${serverUrl}/`)) return undefined;
  return MEDICATION_PATH.exec(reference)?.[1];
}

/** Ids referenced by the medication resources but neither contained nor included. Sorted, unique. */
export function missingMedicationIds(resources: readonly FhirResource[], serverUrl: string): string[] {
  const have = new Set(resources.filter((r) => r.resourceType === 'Medication' && r.id).map((r) => r.id));
  const missing = new Set<string>();
  for (const r of resources) {
    if (r.resourceType !== 'MedicationRequest' && r.resourceType !== 'MedicationStatement') continue;
    const ref = (r.medicationReference as { reference?: unknown } | undefined)?.reference;
    if (typeof ref !== 'string') continue;
    const id = medicationIdOf(ref, serverUrl);
    if (id !== undefined && !have.has(id)) missing.add(id);
  }
  return [...missing].sort();
}

/** `Medication?_id=...` searches, split so each URL stays under MAX_URL_LENGTH. */
export function medicationBatchPaths(ids: readonly string[], serverUrl: string, pageSize: number): string[] {
  const suffix = `&_count=${pageSize}`;
  const budget = MAX_URL_LENGTH - serverUrl.length - 1 - 'Medication?_id='.length - suffix.length;
  return chunkCodes(ids.map(encodeURIComponent), budget).map((chunk) => `Medication?_id=${chunk}${suffix}`);
}

export const MEDICATIONS_READ = {
  id: 'medications',
  label: 'Medication details (referenced by orders)',
  resourceType: 'Medication',
  interaction: 'search',
} as const;

/**
 * The scopes allow resolving references: by the batched search, or (`Medication.r` without `.s`)
 * by reading each Medication.
 */
export function canReadMedications(scopes: readonly string[]): boolean {
  return canRead(scopes, 'Medication', 'search') || canRead(scopes, 'Medication', 'read');
}

const READ_ONLY_NOTE =
  'The EHR granted reading medications but not searching them: each referenced medication was read on its own.';

/**
 * One batch of the Medication read; `ids` are part of the key. New references from a later page of
 * orders get a batch of their own (src/app/use-medication-batches.ts): no id is asked twice.
 * An EHR without `_id` search (400, 404 or 501) gets one read per Medication instead.
 */
export function medicationsQueryOptions(ctx: ReadQueryContext, ids: readonly string[]) {
  const queryKey = [...readKey(ctx.gateway.patientId, MEDICATIONS_READ.id), ids.join(',')] as const;
  const paths = medicationBatchPaths(ids, ctx.gateway.serverUrl, ctx.policy.pageSize);
  const searchable = canRead(ctx.gateway.grantedScopes, 'Medication', 'search');
  // The ids are in the key; the paths follow from them, and the gateway is fixed for a launch.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey,
    queryFn: async ({ signal, client }): Promise<ReadData> => {
      if (!searchable) return readMedicationsOneByOne(ctx, ids, signal, READ_ONLY_NOTE);
      try {
        return await streamPages(ctx, paths, (data) => client.setQueryData<ReadData>(queryKey, data), signal);
      } catch (error) {
        if (signal.aborted || !isIdSearchUnsupported(error)) throw error;
        return readMedicationsOneByOne(ctx, ids, signal);
      }
    },
    enabled: ids.length > 0 && canReadMedications(ctx.gateway.grantedScopes),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
