import type { HumanName, Patient, Resource } from '@medplum/fhirtypes';
import { createFhirStore, type FhirStore } from './fhir-store';
import { SANDBOX_NURSE } from './staff';

/** The part of a tests/cases ClinicalCase the sandbox needs (kept structural: no import from tests/). */
export interface SandboxCase {
  readonly id: string;
  readonly title: string;
  readonly sandbox?: boolean;
  build(asOf: string): { readonly resources: readonly Resource[] };
}

export interface SandboxPatient {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly birthDate?: string;
  readonly gender?: string;
}

/** Today's date where the server runs, as the cases' `asOf`: the demo never goes stale. */
export function localToday(d = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function displayName(names: readonly HumanName[] | undefined): string {
  const n = names?.find((x) => x.use === 'official') ?? names?.[0];
  if (!n) return '(no name)';
  return n.text ?? [...(n.given ?? []), n.family ?? ''].join(' ').trim();
}

interface Built {
  readonly asOf: string;
  readonly patients: readonly SandboxPatient[];
  readonly resources: ReadonlyMap<string, readonly Resource[]>;
}

/**
 * The sandbox's patients: the case files built with asOf = today, lazily and once per day (or again
 * after a case file changes). Each patient gets its own FHIR store: tokens are patient-scoped, case
 * files may reuse resource ids, and the ten-year patient's thousands of Observations then slow no
 * other chart's searches.
 */
export function createCaseSource(load: () => Promise<readonly SandboxCase[]>) {
  let built: { readonly asOf: string; readonly value: Promise<Built> } | undefined;
  const stores = new Map<string, Promise<FhirStore>>();

  async function build(asOf: string): Promise<Built> {
    const cases = await load();
    const patients: SandboxPatient[] = [];
    const resources = new Map<string, readonly Resource[]>();
    for (const c of cases) {
      const res = c.build(asOf).resources;
      resources.set(c.id, res);
      if (c.sandbox === false) continue;
      const p = res.find((r): r is Patient => r.resourceType === 'Patient' && r.id === c.id);
      patients.push({
        id: c.id,
        title: c.title,
        name: displayName(p?.name),
        ...(p?.birthDate ? { birthDate: p.birthDate } : {}),
        ...(p?.gender ? { gender: p.gender } : {}),
      });
    }
    return { asOf, patients, resources };
  }

  function current(): Promise<Built> {
    const asOf = localToday();
    if (!built || built.asOf !== asOf) {
      stores.clear();
      const value = build(asOf);
      built = { asOf, value };
      // A broken case file must not stick once it is fixed: forget a failed build.
      value.catch(() => {
        if (built?.value === value) built = undefined;
      });
    }
    return built.value;
  }

  return {
    patients: async (): Promise<readonly SandboxPatient[]> => (await current()).patients,
    /** Whether a case exists, listed in the sandbox or not (tests may launch unlisted cases). */
    has: async (id: string): Promise<boolean> => (await current()).resources.has(id),
    async storeFor(patient: string): Promise<FhirStore | undefined> {
      const b = await current();
      const resources = b.resources.get(patient);
      if (!resources) return undefined;
      let store = stores.get(patient);
      if (!store) {
        // The nurse each sandbox sign-in stands for: an id_token's fhirUser resolves in every chart.
        store = createFhirStore([...resources, SANDBOX_NURSE]);
        stores.set(patient, store);
        store.catch(() => stores.delete(patient)); // retry on the next request, not never
      }
      return store;
    },
    invalidate(): void {
      built = undefined;
      stores.clear();
    },
  };
}

export type CaseSource = ReturnType<typeof createCaseSource>;
