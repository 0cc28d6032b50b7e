/**
 * Medication orders arrive in pages like the labs do: the first assessment must not wait for the
 * last page of a long order history, nor for the Medication batch of references on later pages.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { DEFAULT_QUERY_POLICY } from '../../src/fhir/queries/query-policy';
import { CASE_AS_OF } from '../cases/case';
import { caseById } from './features/assess-case';
import { FHIR_BASE, fhirServer, searchset } from './support/fhir-server';
import { HomerSimpson, PATIENT_ID, referencedOrders } from './support/fixtures';
import { testGateway } from './support/gateway';
import { FAST_RETRY, readOf, renderReads } from './support/render-reads';
import { lazyPanelsSettled } from './support/lazy-panels';
import { server } from './support/server';
import { staticFile } from './support/static-files';

const status = (readId: string): string | null | undefined =>
  document.querySelector(`[data-read="${readId}"]`)?.getAttribute('data-status');

describe('medication orders in several pages', { timeout: 30_000 }, () => {
  it('assesses from the first page of orders while later pages are held, then completes', async () => {
    const c = caseById('ten-year-history'); // ten riluzole orders: five pages of two
    const { resources } = c.build(CASE_AS_OF);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(staticFile('clinic-settings.json'), await fhirServer(resources));
    server.use(
      http.get(`${FHIR_BASE}/MedicationRequest`, async ({ request }) => {
        const offset = new URL(request.url).searchParams.get('_offset');
        if (offset && offset !== '0') await held;
        return undefined; // fall through to the FHIR server
      }),
    );
    render(
      <AppProviders client={createQueryClient()}>
        <App
          gateway={testGateway(c.id)}
          queryPolicy={{ ...DEFAULT_QUERY_POLICY, pageSize: 2 }}
          retry={FAST_RETRY}
          asOf={CASE_AS_OF}
        />
      </AppProviders>,
    );
    // With page 2 of the orders held back, the screen already has its assessment.
    await screen.findByTestId('first-data', {}, { timeout: 20_000 });
    await lazyPanelsSettled(); // the reads' statuses are in the data notes, a later panel
    expect(status('medication-requests')).toBe('partial');
    expect(screen.getByTestId('riluzole-screen')).toHaveAttribute('data-complete', 'false');
    release();
    await waitFor(() => expect(screen.getByTestId('riluzole-screen')).toHaveAttribute('data-complete', 'true'), {
      timeout: 20_000,
    });
    expect(status('medication-requests')).toBe('done');
  });

  it('resolves the Medication references of each page as it arrives, the later ones too', async () => {
    const { meds, orders } = referencedOrders(3, 'm');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const batches: string[] = [];
    server.use(
      await fhirServer([HomerSimpson, ...meds, ...orders], {
        onRequest: (u) => {
          if (u.startsWith('Medication?'))
            batches.push(decodeURIComponent(new URLSearchParams(u.split('?')[1]).get('_id') ?? ''));
        },
        // An EHR that ignores _include and pages the orders one at a time.
        override: (u) => {
          if (!u.startsWith('MedicationRequest?')) return undefined;
          const page = Number(new URLSearchParams(u.split('?')[1]).get('page') ?? '0');
          const next =
            page < orders.length - 1
              ? `${FHIR_BASE}/MedicationRequest?patient=${PATIENT_ID}&page=${page + 1}`
              : undefined;
          return HttpResponse.json(searchset(orders.slice(page, page + 1), next));
        },
      }),
    );
    server.use(
      http.get(`${FHIR_BASE}/MedicationRequest`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2') await held;
        return undefined;
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID));
    // Pages 0 and 1 are in: their references are read while page 2 is held back.
    await waitFor(() => expect(batches.flatMap((b) => b.split(',')).sort()).toEqual(['m-0', 'm-1']), {
      timeout: 10_000,
    });
    await waitFor(() => expect(result.current.resources.filter((r) => r.resourceType === 'Medication').length).toBe(2));
    expect(readOf(result, 'medications').status).toBe('partial');
    release();
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('done'), { timeout: 10_000 });
    expect(
      result.current.resources
        .filter((r) => r.resourceType === 'Medication')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['m-0', 'm-1', 'm-2']);
    // Issue 11: each id asked once, in one batch per set of new ids.
    expect(batches.flatMap((b) => b.split(',')).sort()).toEqual(['m-0', 'm-1', 'm-2']);
  });

  it('asks each referenced Medication once, however many order pages name it', async () => {
    const { meds, orders } = referencedOrders(6, 'k');
    const asked: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      await fhirServer([HomerSimpson, ...meds, ...orders], {
        onRequest: (u) => {
          if (!u.startsWith('Medication?')) return;
          asked.push(...decodeURIComponent(new URLSearchParams(u.split('?')[1]).get('_id') ?? '').split(','));
          release(); // the later order pages come once the first batch is asked
        },
        // Pages of two orders, each later page naming the first page's drug again.
        override: (u) => {
          if (!u.startsWith('MedicationRequest?')) return undefined;
          const page = Number(new URLSearchParams(u.split('?')[1]).get('page') ?? '0');
          const slice = [...orders.slice(page * 2, page * 2 + 2), ...(page > 0 ? [orders[0]!] : [])];
          const next = page < 2 ? `${FHIR_BASE}/MedicationRequest?patient=${PATIENT_ID}&page=${page + 1}` : undefined;
          return HttpResponse.json(searchset(slice, next));
        },
      }),
    );
    server.use(
      http.get(`${FHIR_BASE}/MedicationRequest`, async ({ request }) => {
        if (new URL(request.url).searchParams.has('page')) await held;
        return undefined;
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('done'), { timeout: 10_000 });
    expect(asked.sort()).toEqual(['k-0', 'k-1', 'k-2', 'k-3', 'k-4', 'k-5']);
    expect(result.current.resources.filter((r) => r.resourceType === 'Medication')).toHaveLength(6);
  });
});
