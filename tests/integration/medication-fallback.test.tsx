import { waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MEDICATION_READ_CONCURRENCY } from '../../src/fhir/queries/medication-reads';
import { FHIR_BASE, fhirServer, searchset } from './support/fhir-server';
import { HomerSimpson, PATIENT_ID, referencedOrders } from './support/fixtures';
import { testGateway } from './support/gateway';
import { readOf, renderReads } from './support/render-reads';
import { server } from './support/server';

const MED_COUNT = 10;
const { meds: MEDS, orders: ORDERS } = referencedOrders(MED_COUNT);

const outcome = (status: number) =>
  HttpResponse.json(
    { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported', diagnostics: '_id' }] },
    { status },
  );

/**
 * An EHR that ignores `_include` (every order's Medication must be fetched) and answers the
 * batched `Medication?_id=` search with `batchStatus`. Counts the Medication reads in flight.
 */
async function ehrWithoutIdSearch(batchStatus: number, gone: readonly string[] = []) {
  const seen: string[] = [];
  const flight = { now: 0, max: 0 };
  server.use(
    await fhirServer([HomerSimpson, ...MEDS, ...ORDERS], {
      onRequest: (u) => seen.push(u),
      override: (u) => {
        if (u.startsWith('MedicationRequest?')) return HttpResponse.json(searchset(ORDERS));
        if (u.startsWith('Medication?')) return outcome(batchStatus);
        if (gone.some((id) => u === `Medication/${id}`)) return outcome(404);
        return undefined;
      },
    }),
  );
  server.use(
    http.get(`${FHIR_BASE}/Medication/:id`, async () => {
      flight.max = Math.max(flight.max, ++flight.now);
      await delay(20);
      flight.now--;
      return undefined; // fall through to the FHIR server
    }),
  );
  return { seen, flight };
}

const medicationIds = (resources: readonly { resourceType: string; id?: string }[]) =>
  resources
    .filter((r) => r.resourceType === 'Medication')
    .map((r) => r.id)
    .sort();

describe('medication references on an EHR without _id search', { timeout: 30_000 }, () => {
  it.each([400, 404, 501])('reads each Medication on its own after a %i, a few at a time', async (status) => {
    const { seen, flight } = await ehrWithoutIdSearch(status);
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('done'));
    expect(seen.filter((u) => u.startsWith('Medication?'))).toHaveLength(1);
    expect(seen.filter((u) => u.startsWith('Medication/')).sort()).toEqual(
      MEDS.map((m) => `Medication/${m.id ?? ''}`).sort(),
    );
    expect(medicationIds(result.current.resources)).toEqual(MEDS.map((m) => m.id).sort());
    expect(flight.max).toBeGreaterThan(1);
    expect(flight.max).toBeLessThanOrEqual(MEDICATION_READ_CONCURRENCY);
    expect(readOf(result, 'medications').warnings.join(' ')).toMatch(/cannot search medications by id/);
  });

  it('names a Medication the EHR no longer has, and still resolves the others', async () => {
    await ehrWithoutIdSearch(400, ['med-3']);
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('done'));
    expect(medicationIds(result.current.resources)).toEqual(
      MEDS.map((m) => m.id)
        .filter((id) => id !== 'med-3')
        .sort(),
    );
    expect(readOf(result, 'medications').warnings.join(' ')).toMatch(/Not found on the EHR.*Medication\/med-3/);
  });

  it('does not fall back when the batched search fails on the server side (a 500 is an error to retry)', async () => {
    const { seen } = await ehrWithoutIdSearch(500);
    const { result } = renderReads(testGateway(PATIENT_ID));
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('error'));
    expect(seen.filter((u) => u.startsWith('Medication?'))).toHaveLength(3);
    expect(seen.some((u) => u.startsWith('Medication/'))).toBe(false);
  });

  it('reads each Medication when the EHR granted Medication read but not search', async () => {
    const { seen } = await ehrWithoutIdSearch(200);
    const scope = 'launch patient/Patient.rs patient/Observation.rs patient/MedicationRequest.rs patient/Medication.r';
    const { result } = renderReads(testGateway(PATIENT_ID, scope));
    await waitFor(() => expect(readOf(result, 'medications').status).toBe('done'));
    expect(seen.some((u) => u.startsWith('Medication?'))).toBe(false);
    expect(medicationIds(result.current.resources)).toEqual(MEDS.map((m) => m.id).sort());
  });
});
