import type { Bundle, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFhirStore, type FhirStore } from '../../../src/sandbox/fhir-store';

const BASE = 'http://127.0.0.1:5173/sandbox/fhir';
const LOINC = 'http://loinc.org';
const LAB = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] };

function lab(id: string, patient: string, code: string, date: string): Resource {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [LAB],
    code: { coding: [{ system: LOINC, code }] },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: date,
    valueQuantity: { value: 30, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' },
  };
}

// 12 ALT results for "homer", one local-code lab, one smoking status, and another patient's ALT.
const RESOURCES: Resource[] = [
  { resourceType: 'Patient', id: 'homer', name: [{ family: 'Simpson', given: ['Homer'] }] },
  { resourceType: 'Patient', id: 'marge', name: [{ family: 'Simpson', given: ['Marge'] }] },
  ...Array.from({ length: 12 }, (_, i) =>
    lab(`alt-${i}`, 'homer', '1742-6', `2026-${String(i + 1).padStart(2, '0')}-10`),
  ),
  {
    resourceType: 'Observation',
    id: 'local-ast',
    status: 'final',
    category: [LAB],
    code: { coding: [{ system: 'urn:oid:1.2.3.4', code: 'AST-LOCAL' }], text: 'AST' },
    subject: { reference: 'Patient/homer' },
    effectiveDateTime: '2026-03-01',
  },
  {
    resourceType: 'Observation',
    id: 'smoking',
    status: 'final',
    category: [{ coding: [{ system: LAB.coding[0]?.system, code: 'social-history' }] }],
    code: { coding: [{ system: LOINC, code: '72166-2' }] },
    subject: { reference: 'Patient/homer' },
    effectiveDateTime: '2026-01-01',
  },
  lab('marge-alt', 'marge', '1742-6', '2026-05-01'),
  { resourceType: 'Medication', id: 'riluzole', code: { text: 'riluzole 50 mg tablet' } },
  { resourceType: 'Medication', id: 'fluvoxamine', code: { text: 'fluvoxamine' } },
  {
    resourceType: 'MedicationRequest',
    id: 'rx-1',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/homer' },
    medicationReference: { reference: 'Medication/riluzole' },
  },
  {
    resourceType: 'MedicationRequest',
    id: 'rx-old',
    status: 'entered-in-error',
    intent: 'order',
    subject: { reference: 'Patient/homer' },
    medicationReference: { reference: 'Medication/fluvoxamine' },
  },
];

let store: FhirStore;

async function search(url: string): Promise<Bundle> {
  const res = await store.handle({ method: 'GET', url, baseUrl: BASE });
  expect(res.status).toBe(200);
  expect(res.body.resourceType).toBe('Bundle');
  return res.body as Bundle;
}

const ids = (b: Bundle): string[] => (b.entry ?? []).map((e) => e.resource?.id ?? '').sort();

beforeAll(async () => {
  store = await createFhirStore(RESOURCES);
}, 30_000);

describe('createFhirStore', () => {
  it('reads a resource by id and answers 404 for an unknown one', async () => {
    const ok = await store.handle({ method: 'GET', url: 'Patient/homer', baseUrl: BASE });
    expect(ok).toMatchObject({ status: 200, body: { resourceType: 'Patient', id: 'homer' } });
    const missing = await store.handle({ method: 'GET', url: 'Patient/nobody', baseUrl: BASE });
    expect(missing.status).toBe(404);
    expect(missing.body.resourceType).toBe('OperationOutcome');
  });

  it('matches an URL-encoded system|code OR list for one patient only', async () => {
    const code = encodeURIComponent(`${LOINC}|1742-6,${LOINC}|1920-8`);
    const b = await search(`Observation?patient=homer&code=${code}&_count=100`);
    expect(b.total).toBe(12);
    expect(ids(b)).not.toContain('marge-alt');
  });

  it('finds local-code labs by category=laboratory and leaves social history out', async () => {
    const b = await search('Observation?patient=homer&category=laboratory&_count=100');
    expect(ids(b)).toContain('local-ast');
    expect(ids(b)).not.toContain('smoking');
  });

  it('applies date prefixes', async () => {
    const b = await search('Observation?patient=homer&code=1742-6&date=ge2026-10-01&_count=100');
    expect(ids(b)).toEqual(['alt-10', 'alt-11', 'alt-9']);
  });

  it('pages with a default size of 50, absolute next links and fullUrl', async () => {
    const first = await search('Observation?patient=homer&code=1742-6&_count=5');
    expect(first.entry).toHaveLength(5);
    expect(first.entry?.[0]?.fullUrl).toMatch(new RegExp(`^${BASE}/Observation/alt-`));
    const next = first.link?.find((l) => l.relation === 'next')?.url ?? '';
    expect(next.startsWith(`${BASE}/Observation?`)).toBe(true);
    const seen = new Set(ids(first));
    let url: string | undefined = next;
    while (url) {
      const page = await search(url.slice(BASE.length + 1));
      ids(page).forEach((id) => seen.add(id));
      url = page.link?.find((l) => l.relation === 'next')?.url;
    }
    expect(seen.size).toBe(12);
    const all = await search('Observation?patient=homer');
    expect(all.entry).toHaveLength(14);
    expect(all.link?.some((l) => l.relation === 'next')).toBe(false);
  });

  it('sorts newest first with _sort=-date, so a first page holds the latest results', async () => {
    const b = await search('Observation?patient=homer&code=1742-6&_sort=-date&_count=3');
    expect((b.entry ?? []).map((e) => e.resource?.id)).toEqual(['alt-11', 'alt-10', 'alt-9']);
    expect(b.link?.find((l) => l.relation === 'next')?.url).toContain('_sort=-date');
  });

  it('filters MedicationRequest by a status list and includes the Medication', async () => {
    const b = await search(
      'MedicationRequest?patient=homer&status=active,on-hold,completed,stopped&_include=MedicationRequest:medication',
    );
    const modes = (b.entry ?? []).map((e) => `${e.search?.mode}:${e.resource?.resourceType}/${e.resource?.id}`);
    expect(modes.sort()).toEqual(['include:Medication/riluzole', 'match:MedicationRequest/rx-1']);
  });

  it('reads a batch of Medications by _id', async () => {
    const b = await search('Medication?_id=riluzole,fluvoxamine,missing');
    expect(ids(b)).toEqual(['fluvoxamine', 'riluzole']);
  });

  it('refuses writes', async () => {
    const res = await store.handle({ method: 'POST', url: 'Patient', baseUrl: BASE });
    expect(res.status).toBe(405);
  });
});
