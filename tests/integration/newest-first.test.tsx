import { renderHook, waitFor } from '@testing-library/react';
import { http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { usePatientData } from '../../src/app/use-patient-data';
import type { FhirResource } from '../../src/fhir/queries/bundle';
import { DEFAULT_QUERY_POLICY } from '../../src/fhir/queries/query-policy';
import { FHIR_BASE, fhirServer } from './support/fhir-server';
import { alt, HomerSimpson, PATIENT_ID } from './support/fixtures';
import { testGateway } from './support/gateway';
import { FAST_RETRY, readOf, renderReads } from './support/render-reads';
import { server } from './support/server';
import { staticFile } from './support/static-files';

/** Twelve monthly ALTs, stored oldest first (as an EHR that returns them in filing order would). */
const TWELVE_MONTHS = [HomerSimpson, ...Array.from({ length: 12 }, (_, i) => alt(i))];

/** Holds back every Observation page after the first until `release` is called. */
function holdLaterObservationPages(): { release: () => void; seen: string[] } {
  const seen: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(`${FHIR_BASE}/Observation`, async ({ request }) => {
      const url = new URL(request.url);
      seen.push(`${url.pathname}${url.search}`);
      if (url.searchParams.has('_offset') && url.searchParams.get('_offset') !== '0') await held;
      return undefined; // fall through to the FHIR server
    }),
  );
  return { release, seen };
}

function dates(resources: readonly FhirResource[]): string[] {
  return resources
    .filter((r) => r.resourceType === 'Observation')
    .map((r) => String(r.effectiveDateTime))
    .sort();
}

describe('lab reads come newest first', { timeout: 30_000 }, () => {
  it('holds the newest results on the first page of a many-page lab read', async () => {
    server.use(await fhirServer(TWELVE_MONTHS));
    const { release, seen } = holdLaterObservationPages();
    const { result } = renderReads(testGateway(PATIENT_ID), { pageSize: 5 });
    await waitFor(() =>
      expect(readOf(result, 'labs-category')).toMatchObject({ status: 'partial', count: 5, pages: 1 }),
    );
    // Only first pages are in: they must be the five most recent months, not the five oldest.
    expect(dates(result.current.resources)).toEqual([
      '2026-08-10',
      '2026-09-10',
      '2026-10-10',
      '2026-11-10',
      '2026-12-10',
    ]);
    expect(seen.filter((u) => !u.includes('_offset')).every((u) => u.includes('_sort=-date'))).toBe(true);
    release();
    await waitFor(() => expect(readOf(result, 'labs-category')).toMatchObject({ status: 'done', count: 12, pages: 3 }));
    expect(dates(result.current.resources)).toHaveLength(12);
  });

  it('sends no _sort when the EHR policy turns it off', async () => {
    server.use(await fhirServer(TWELVE_MONTHS));
    const { seen } = holdLaterObservationPages();
    const { result } = renderReads(testGateway(PATIENT_ID), { pageSize: 5, sortNewestFirst: false });
    await waitFor(() => expect(readOf(result, 'labs-category').status).toBe('partial'));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((u) => u.includes('_sort'))).toBe(false);
  });

  it('says the patient data is incomplete while lab pages are still streaming in', async () => {
    server.use(staticFile('clinic-settings.json'), await fhirServer(TWELVE_MONTHS));
    const { release } = holdLaterObservationPages();
    const client = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <AppProviders client={client}>{children}</AppProviders>;
    const gateway = testGateway(PATIENT_ID);
    const policy = { ...DEFAULT_QUERY_POLICY, pageSize: 5 };
    const { result } = renderHook(
      () => usePatientData(gateway, { queryPolicy: policy, retry: FAST_RETRY, asOf: '2026-12-20' }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.assessment).toBeDefined());
    expect(result.current.complete).toBe(false);
    expect(result.current.reads.find((r) => r.id === 'labs-category')?.status).toBe('partial');
    release();
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(result.current.data?.labs).toHaveLength(12);
  });
});
