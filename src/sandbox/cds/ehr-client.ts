/**
 * The sandbox plays the EHR's part in CDS Hooks: for "Prescribe riluzole" it reads the service's
 * prefetch templates from discovery, fills them from its own FHIR store, signs the JWT and calls
 * `order-select` with a draft riluzole order. Accepting a suggestion creates its resources in the
 * store and sends the service feedback, as an EHR would.
 */
import { randomUUID } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import type { FhirStore } from '../fhir-store';
import type { SandboxKey } from './sandbox-key';

export const ORDER_SELECT = 'riluzole-order-select';

export interface CdsCard {
  readonly uuid?: string;
  readonly summary: string;
  readonly detail?: string;
  readonly indicator: 'info' | 'warning' | 'critical';
  readonly source: { readonly label: string };
  readonly suggestions?: readonly {
    readonly uuid?: string;
    readonly label: string;
    readonly actions?: readonly {
      readonly type: string;
      readonly description?: string;
      readonly resource?: Resource;
    }[];
  }[];
  readonly links?: readonly { readonly label: string; readonly url: string; readonly type: string }[];
}

export interface EhrContext {
  /** Where the CDS service lives, e.g. http://127.0.0.1:5173/sandbox/cds-service. */
  readonly cdsBase: string;
  /** The sandbox's issuer, `<origin>/sandbox`. */
  readonly iss: string;
  readonly fhirBase: string;
  readonly key: SandboxKey;
}

export type CallResult =
  | { readonly ok: true; readonly cards: readonly CdsCard[]; readonly draft: Resource }
  | { readonly ok: false; readonly message: string };

async function post(ctx: EhrContext, path: string, body: unknown): Promise<Response> {
  const url = `${ctx.cdsBase}${path}`;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await ctx.key.sign(ctx.iss, url)}` },
    body: JSON.stringify(body),
  });
}

async function prefetchFor(ctx: EhrContext, store: FhirStore, patient: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${ctx.cdsBase}/cds-services`);
  if (!res.ok) throw new Error(`CDS discovery answered ${res.status}`);
  const discovery = (await res.json()) as { services?: { id: string; prefetch?: Record<string, string> }[] };
  const templates = discovery.services?.find((s) => s.id === ORDER_SELECT)?.prefetch ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, template] of Object.entries(templates)) {
    const url = template.replaceAll('{{context.patientId}}', encodeURIComponent(patient));
    const answer = await store.handle({ method: 'GET', url, baseUrl: ctx.fhirBase });
    out[key] = answer.body; // a Bundle, the Patient, or the OperationOutcome of a failed read
  }
  return out;
}

/** Riluzole 50 mg tablet (RxNorm 199206), 50 mg twice a day: the label's dose. */
export function riluzoleDraftOrder(patient: string): Resource {
  return {
    resourceType: 'MedicationRequest',
    id: `sandbox-draft-${randomUUID()}`,
    status: 'draft',
    intent: 'order',
    subject: { reference: `Patient/${patient}` },
    medicationCodeableConcept: {
      coding: [
        {
          system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
          code: '199206',
          display: 'riluzole 50 MG Oral Tablet',
        },
      ],
      text: 'riluzole 50 MG Oral Tablet',
    },
    dosageInstruction: [
      {
        text: '50 mg by mouth twice daily',
        timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
        doseAndRate: [{ doseQuantity: { value: 50, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } }],
      },
    ],
  };
}

/** Calls order-select for a draft riluzole order of `patient`. */
export async function prescribeRiluzole(ctx: EhrContext, store: FhirStore, patient: string): Promise<CallResult> {
  const draft = riluzoleDraftOrder(patient);
  const body = {
    hook: 'order-select',
    hookInstance: randomUUID(),
    fhirServer: ctx.fhirBase,
    context: {
      userId: 'Practitioner/sandbox-neurologist',
      patientId: patient,
      selections: [`MedicationRequest/${draft.id ?? ''}`],
      draftOrders: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: draft }] },
    },
    prefetch: await prefetchFor(ctx, store, patient),
  };
  const res = await post(ctx, `/cds-services/${ORDER_SELECT}`, body);
  const json = (await res.json().catch(() => ({}))) as { cards?: CdsCard[]; error?: string };
  if (!res.ok)
    return { ok: false, message: `The CDS service answered ${res.status}: ${json.error ?? 'no reason given'}` };
  return { ok: true, cards: json.cards ?? [], draft };
}

/** Creates a suggestion's resources in the store and tells the service it was accepted. */
export async function acceptSuggestion(
  ctx: EhrContext,
  store: FhirStore,
  card: CdsCard,
  suggestionUuid: string,
): Promise<readonly Resource[]> {
  const suggestion = card.suggestions?.find((s) => s.uuid === suggestionUuid);
  if (!suggestion) return [];
  const created: Resource[] = [];
  for (const action of suggestion.actions ?? []) {
    if (action.type === 'create' && action.resource) created.push(await store.create(action.resource));
  }
  if (card.uuid) {
    const feedback = [
      {
        card: card.uuid,
        outcome: 'accepted',
        acceptedSuggestions: [{ id: suggestionUuid }],
        outcomeTimestamp: new Date().toISOString(),
      },
    ];
    await post(ctx, `/cds-services/${ORDER_SELECT}/feedback`, { feedback }).catch(() => undefined);
  }
  return created;
}
