import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN, FHIR_BASE, fhirServer, searchset } from './support/fhir-server';
import {
  alt,
  HOMER,
  IncludedMedication,
  OrderContained,
  OrderIncluded,
  OrderToRead,
  PATIENT_ID,
} from './support/fixtures';
import { testGateway } from './support/gateway';
import { readOf, renderReads } from './support/render-reads';
import { server } from './support/server';

const ALL_DONE = (reads: readonly { status: string }[]) =>
  reads.every((r) => r.status !== 'loading' && r.status !== 'partial');

describe('the FHIR reads at launch', { timeout: 30_000 }, () => {
  it('starts every read at once: all are in flight before any response is released', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(await fhirServer(HOMER, { onRequest: (u) => seen.push(u), gate: () => gate }));
    // Above the per-server limit (6 by default, parallel-reads.test.tsx), so only the plan counts.
    const { result } = renderReads(testGateway(PATIENT_ID), { maxInFlight: 32 });
    const firstWave = result.current.reads.filter((r) => r.id !== 'medications').length;
    await waitFor(() => expect(seen).toHaveLength(firstWave), { timeout: 5000 });
    expect(result.current.reads.every((r) => r.status === 'loading')).toBe(true);
    release();
    await waitFor(() => expect(ALL_DONE(result.current.reads)).toBe(true));
    expect(result.current.reads.map((r) => r.status)).not.toContain('error');
  });

  it('shows the first page at once and streams later pages in, following next', async () => {
    const resources = [HOMER[0]!, ...Array.from({ length: 12 }, (_, i) => alt(i))];
    let releasePage2!: () => void;
    const page2 = new Promise<void>((resolve) => (releasePage2 = resolve));
    server.use(
      await fhirServer(resources, {
        gate: async () => undefined,
        override: () => undefined,
        onRequest: () => undefined,
      }),
    );
    // Hold back the second page of the category search only.
    server.use(
      http.get(`${FHIR_BASE}/Observation`, async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('category') === 'laboratory' && url.searchParams.get('_offset') === '5') await page2;
        return undefined; // fall through to the FHIR server
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID), { pageSize: 5 });
    await waitFor(() =>
      expect(readOf(result, 'labs-category')).toMatchObject({ status: 'partial', count: 5, pages: 1 }),
    );
    expect(result.current.resources.filter((r) => r.resourceType === 'Observation').length).toBeGreaterThanOrEqual(5);
    releasePage2();
    await waitFor(() => expect(readOf(result, 'labs-category')).toMatchObject({ status: 'done', count: 12, pages: 3 }));
  });

  it('stops at maxPages with status capped', async () => {
    server.use(await fhirServer([HOMER[0]!, ...Array.from({ length: 12 }, (_, i) => alt(i))]));
    const { result } = renderReads(testGateway(PATIENT_ID), { pageSize: 5, maxPages: 2 });
    await waitFor(() =>
      expect(readOf(result, 'labs-category')).toMatchObject({ status: 'capped', count: 10, pages: 2 }),
    );
  });

  it('refuses a next link to another origin and says the list may be incomplete', async () => {
    server.use(
      await fhirServer(HOMER, {
        override: (u) =>
          u.startsWith('Condition?')
            ? HttpResponse.json(
                searchset([{ resourceType: 'Condition', id: 'c1' }], 'https://evil.example/fhir/Condition?page=2'),
              )
            : undefined,
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'conditions').status).toBe('capped'));
    expect(readOf(result, 'conditions').warnings.join(' ')).toMatch(/another server/);
  });

  it.each(['http://[::1', 'https://exa mple.org:99999/fhir?page=2', 'http://'])(
    'keeps the first page when the next link %j cannot be read, and says the list may be incomplete',
    async (next) => {
      server.use(
        await fhirServer(HOMER, {
          override: (u) =>
            u.startsWith('Condition?')
              ? HttpResponse.json(searchset([{ resourceType: 'Condition', id: 'c1' }], next))
              : undefined,
        }),
      );
      const { result } = renderReads(testGateway(PATIENT_ID));
      await waitFor(() => expect(readOf(result, 'conditions').status).toBe('capped'));
      expect(readOf(result, 'conditions')).toMatchObject({ count: 1, pages: 1 });
      expect(readOf(result, 'conditions').warnings.join(' ')).toMatch(/could not be read/);
    },
  );

  it('separates OperationOutcome entries from the data as warnings', async () => {
    const outcome = {
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'warning', code: 'informational', diagnostics: 'Results may not contain the entire record.' },
      ],
    };
    server.use(
      await fhirServer(HOMER, {
        override: (u) =>
          u.startsWith('AllergyIntolerance?')
            ? HttpResponse.json(searchset([{ resourceType: 'AllergyIntolerance', id: 'a1' }, outcome]))
            : undefined,
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'allergies').status).toBe('done'));
    expect(readOf(result, 'allergies')).toMatchObject({
      count: 1,
      warnings: ['warning: Results may not contain the entire record.'],
    });
    expect(result.current.resources.some((r) => r.resourceType === 'OperationOutcome')).toBe(false);
  });
});

describe('failed reads become specific states, never empty lists', () => {
  const failWith = (prefix: string, status: number, counter?: { n: number }) =>
    fhirServer(HOMER, {
      override: (u) => {
        if (!u.startsWith(prefix)) return undefined;
        if (counter) counter.n++;
        return HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] },
          { status },
        );
      },
    });

  it('maps 401 (no refresh token) to an expired session', async () => {
    server.use(await failWith('Condition?', 401));
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(ALL_DONE(result.current.reads)).toBe(true));
    expect(readOf(result, 'conditions')).toMatchObject({
      status: 'error',
      error: { kind: 'expired', message: 'Your session has expired: relaunch Riluzole Monitor from the EHR.' },
    });
  });

  it('maps 403 and 404', async () => {
    server.use(await failWith('AllergyIntolerance?', 403));
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'allergies').status).toBe('not-granted'));
    expect(readOf(result, 'allergies').error?.message).toBe('The EHR did not grant access to allergies.');
    server.use(await failWith('MedicationStatement?', 404));
    result.current.retry('medication-statements');
    await waitFor(() => expect(readOf(result, 'medication-statements').status).toBe('not-supported'));
  });

  it('retries a 500 twice, then shows an error that a retry can clear', async () => {
    const counter = { n: 0 };
    server.use(await failWith('Condition?', 500, counter));
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'conditions').status).toBe('error'));
    expect(counter.n).toBe(3);
    expect(readOf(result, 'conditions')).toMatchObject({ error: { kind: 'server', httpStatus: 500 } });
    server.resetHandlers(await fhirServer(HOMER));
    result.current.retry('conditions');
    await waitFor(() => expect(readOf(result, 'conditions')).toMatchObject({ status: 'done', count: 1 }));
  });

  it('recovers when the second attempt succeeds', async () => {
    let calls = 0;
    server.use(
      await fhirServer(HOMER, {
        override: (u) =>
          u.startsWith('Condition?') && ++calls === 1 ? new Response(null, { status: 503 }) : undefined,
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'conditions')).toMatchObject({ status: 'done', count: 1 }));
    expect(calls).toBe(2);
  });

  it('does not request data whose scope was not granted', async () => {
    const seen: string[] = [];
    server.use(await fhirServer(HOMER, { onRequest: (u) => seen.push(u) }));
    const { result } = renderReads(testGateway(PATIENT_ID, 'launch openid patient/Patient.rs patient/Observation.rs'));
    await waitFor(() => expect(ALL_DONE(result.current.reads)).toBe(true));
    expect(readOf(result, 'conditions')).toMatchObject({
      status: 'not-granted',
      error: { message: 'The EHR did not grant access to conditions.' },
    });
    expect(seen.some((u) => u.startsWith('Condition') || u.startsWith('Medication'))).toBe(false);
  });
});

describe('medication references', () => {
  it('resolves contained and included medications, and reads the rest in one batch', async () => {
    const seen: string[] = [];
    // As Epic sometimes does, the server ignores _include for one of the orders' medications.
    const orders = searchset([OrderIncluded, OrderContained, OrderToRead, IncludedMedication]);
    server.use(
      await fhirServer(HOMER, {
        onRequest: (u) => seen.push(u),
        override: (u) => (u.startsWith('MedicationRequest?') ? HttpResponse.json(orders) : undefined),
      }),
    );
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('done'));
    expect(seen.find((u) => u.startsWith('MedicationRequest?'))).toContain('_include=MedicationRequest%3Amedication');
    const batches = seen.filter((u) => u.startsWith('Medication?'));
    expect(batches).toEqual(['Medication?_id=med-read&_count=100']);
    const meds = result.current.resources.filter((r) => r.resourceType === 'Medication').map((r) => r.id);
    expect(meds.sort()).toEqual(['med-included', 'med-read']);
  });
});

describe('the access token', () => {
  it('refreshes once on a 401 when a refresh token was granted, then retries', async () => {
    let refreshed = 0;
    server.use(
      http.post('http://127.0.0.1:5173/sandbox/token', () => {
        refreshed++;
        return HttpResponse.json({
          access_token: ACCESS_TOKEN,
          token_type: 'bearer',
          expires_in: 300,
          scope: 'patient/*.rs online_access',
        });
      }),
      await fhirServer(HOMER),
    );
    const { gatewayFromToken } = await import('../../src/smart/fhirclient');
    const gateway = gatewayFromToken(
      FHIR_BASE,
      { access_token: 'stale', refresh_token: 'r1', patient: PATIENT_ID, scope: 'launch patient/*.rs online_access' },
      'http://127.0.0.1:5173/sandbox/token',
    );
    await expect(gateway.request(`Patient/${PATIENT_ID}`)).resolves.toMatchObject({
      resourceType: 'Patient',
      id: PATIENT_ID,
    });
    expect(refreshed).toBe(1);
  });
});
