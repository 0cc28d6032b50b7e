/**
 * The Medication references, asked once each (issue 11): as order pages arrive, only ids not yet
 * asked start a new batch; the batches' results are merged into one read.
 */
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReadData } from '../fhir/queries/fetch-pages';
import { medicationsQueryOptions } from '../fhir/queries/medication-refs';
import type { ReadQueryContext } from '../fhir/queries/read-queries';
import type { QueryLike } from '../fhir/queries/to-read-state';

export interface MedicationBatches {
  /** Every id asked so far, in the order asked. */
  readonly asked: readonly string[];
  /** The batches together, as one read's query state. */
  readonly query: QueryLike;
  readonly datas: readonly (ReadData | undefined)[];
  readonly updatedAt: number;
}

function merge(datas: readonly ReadData[]): ReadData {
  return {
    resources: datas.flatMap((d) => d.resources),
    warnings: datas.flatMap((d) => d.warnings),
    pages: datas.reduce((n, d) => n + d.pages, 0),
    complete: datas.every((d) => d.complete),
    capped: datas.some((d) => d.capped),
  };
}

/**
 * @param missing - the ids referenced by the orders read so far and neither contained nor included
 */
export function useMedicationBatches(ctx: ReadQueryContext, missing: readonly string[]): MedicationBatches {
  // React's "adjust state while rendering" pattern: a new id adds a batch in this same render.
  const [batches, setBatches] = useState<readonly (readonly string[])[]>([]);
  const asked = new Set(batches.flat());
  const fresh = missing.filter((id) => !asked.has(id));
  const current = fresh.length > 0 ? [...batches, fresh] : batches;
  if (fresh.length > 0) setBatches(current);
  const results = useQueries({ queries: current.map((ids) => medicationsQueryOptions(ctx, ids)) });
  const datas = results.map((r) => r.data);
  const failed = results.find((r) => r.status === 'error');
  const received = datas.filter((d): d is ReadData => d !== undefined);
  const query: QueryLike = failed
    ? { status: 'error', error: failed.error, ...(received.length ? { data: merge(received) } : {}) }
    : results.some((r) => r.status === 'pending')
      ? {
          status: 'pending',
          error: null,
          ...(received.length ? { data: { ...merge(received), complete: false } } : {}),
        }
      : { status: 'success', error: null, data: merge(received) };
  return {
    asked: current.flat(),
    query,
    datas,
    updatedAt: Math.max(0, ...results.map((r) => r.dataUpdatedAt)),
  };
}
