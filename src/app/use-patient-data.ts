/**
 * Everything the screen needs for one patient: the FHIR reads, normalised (with the UCUM
 * converter loaded in parallel) and assessed against the clinic's settings for today.
 */
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import type { RetryPolicy } from '../fhir/queries/fetch-pages';
import type { FhirGateway } from '../fhir/queries/fhir-gateway';
import type { QueryPolicy } from '../fhir/queries/query-policy';
import { normalizePatientResources, type NormalizeCache } from '../fhir/normalize';
import { trackMisses } from '../fhir/unit-misses';
import { tableConverter } from '../fhir/units';
import { assessRiluzole } from '../rules';
import type { Assessment, ClinicalData, DataSource, PatientRecord, Policy, Settings } from '../rules/types';
import { unavailableSources } from '../fhir/queries/read-sources';
import type { ReadState } from '../fhir/queries/read-state';
import { clinicSettingsQueryOptions } from './clinic-settings';
import { localIsoDate } from './local-date';
import { readsComplete } from './reads-complete';
import { ucumQueryOptions } from './ucum-query';
import { useFhirReads } from './use-fhir-reads';

export interface PatientData {
  readonly patient: PatientRecord;
  readonly data?: ClinicalData;
  readonly assessment?: Assessment;
  readonly reads: readonly ReadState[];
  readonly fetchedAt?: string;
  readonly settings?: Settings;
  /** A sentence when clinic-settings.json is invalid: no assessment is made with unknown thresholds. */
  readonly settingsError?: string;
  readonly settingsNote?: string;
  /**
   * False while any read is loading or still streaming pages ('partial'): `data` and `assessment`
   * are then provisional (`reads` says which read is behind). Failed reads count as finished.
   */
  readonly complete: boolean;
  /** True when any read found the session expired (the whole screen says so). */
  readonly expired: boolean;
  readonly refresh: () => void;
  readonly retry: (readId: string) => void;
}

export interface PatientDataOptions {
  readonly queryPolicy: QueryPolicy;
  /** The session's us/eu choice; undefined follows the clinic settings. */
  readonly policy?: Policy;
  readonly retry?: RetryPolicy;
  /** The calendar date to assess at; defaults to today's local date. */
  readonly asOf?: string;
}

/** The cache of one converter. */
function cacheOf(caches: WeakMap<object, NormalizeCache>, converter: object): NormalizeCache {
  let cache = caches.get(converter);
  if (!cache) caches.set(converter, (cache = new WeakMap()));
  return cache;
}

export function usePatientData(gateway: FhirGateway, options: PatientDataOptions): PatientData {
  const { reads, resources, fetchedAt, refresh, retry } = useFhirReads(gateway, options.queryPolicy, options.retry);
  const settingsQuery = useQuery(clinicSettingsQueryOptions());
  const settings = settingsQuery.data?.settings;

  // Assess once every read has its first page or has failed: an assessment from half the reads
  // would call a patient "eligible" before the liver tests are in.
  const allStarted = reads.every((r) => r.status !== 'loading');
  const unavailable = unavailableSources(reads).join(',');
  // Deferred, so React may skip intermediate lists while pages stream in and the screen stays
  // responsive. The read states are deferred with the resources: judged against the current states,
  // a lagging list would be assessed as if complete ("No baseline ALT" while the ALT is already in).
  const snapshot = useMemo(() => ({ resources, allStarted, unavailable }), [resources, allStarted, unavailable]);
  const deferred = useDeferredValue(snapshot);
  // The spec §3 table first; UCUM only once the table has missed a unit (see fhir/unit-misses.ts).
  // Per resource object, each page normalises only what is new. The table's miss tracker lives as
  // long as its cache: a resource normalised once and missed keeps UCUM wanted.
  const [table] = useState(() => ({ tracked: trackMisses(tableConverter), cache: new WeakMap() as NormalizeCache }));
  const tableRun = useMemo(
    () => ({
      data: normalizePatientResources(deferred.resources, { units: table.tracked.converter }, table.cache),
      missed: table.tracked.missed(),
    }),
    [deferred.resources, table],
  );
  // A disabled query still returns its cached value: once loaded for a miss, UCUM stays in use, so
  // later pages never fall back to the table.
  const units = useQuery({ ...ucumQueryOptions(), enabled: tableRun.missed });
  const needUcum = tableRun.missed || units.data !== undefined;
  const [ucumCaches] = useState(() => new WeakMap<object, NormalizeCache>());
  const data = useMemo(
    () =>
      !needUcum
        ? tableRun.data
        : units.data
          ? normalizePatientResources(deferred.resources, { units: units.data }, cacheOf(ucumCaches, units.data))
          : undefined,
    [needUcum, tableRun, deferred.resources, units.data, ucumCaches],
  );
  const policy = options.policy ?? settings?.policy ?? 'us';
  const asOf = options.asOf ?? localIsoDate();
  const assessment = useMemo(
    () =>
      deferred.allStarted && data && settings
        ? assessRiluzole(
            deferred.unavailable ? { ...data, unavailable: deferred.unavailable.split(',') as DataSource[] } : data,
            { asOf, policy, settings },
          )
        : undefined,
    [deferred.allStarted, deferred.unavailable, data, settings, asOf, policy],
  );

  // The launch's patient id is authoritative: a failed Patient read still shows whose chart this is.
  const fromData = data?.patient;
  return {
    patient: fromData?.id === gateway.patientId ? fromData : { id: gateway.patientId },
    ...(data ? { data } : {}),
    ...(assessment ? { assessment } : {}),
    reads,
    ...(fetchedAt ? { fetchedAt } : {}),
    ...(settings ? { settings } : {}),
    ...(settingsQuery.error ? { settingsError: settingsQuery.error.message } : {}),
    ...(settingsQuery.data?.note ? { settingsNote: settingsQuery.data.note } : {}),
    // `data` follows the deferred snapshot: complete only once React has caught up with the last page.
    complete: readsComplete(reads) && deferred === snapshot,
    expired: reads.some((r) => r.error?.kind === 'expired'),
    refresh,
    retry,
  };
}
