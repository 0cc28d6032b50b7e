/**
 * The case files as prefetch, with the expected cards per hook (issue 10): eligible → no card on
 * order-select; no baseline ALT → the warning with the order suggestion; ALT above 5× on treatment
 * → a critical card on patient-view; a Medication given by reference.
 */
import { loadMedplum } from '../../../src/sandbox/medplum';
import { ALL_CASES } from '../../cases';
import { AS_OF, hookBody, prefetchFrom, riluzoleDraft, storeOf } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadMedplum(); // indexes the FHIR definitions once (a few seconds), outside the tests' timeout
}, 30_000);
afterAll(() => stopHarness(h));

interface Card {
  readonly summary: string;
  readonly detail: string;
  readonly indicator: string;
  readonly source: { readonly topic?: { readonly code: string } };
  readonly selectionBehavior?: string;
  readonly suggestions?: readonly {
    readonly actions: readonly { type: string; resource: Record<string, unknown> }[];
  }[];
}

async function prefetchOf(id: string): Promise<Record<string, unknown>> {
  const c = ALL_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return prefetchFrom(await storeOf(c.build(AS_OF).resources), id);
}

async function cards(
  hook: 'order-select' | 'order-sign' | 'patient-view',
  id: string,
  drafts: readonly Record<string, unknown>[] = [],
  prefetch?: Record<string, unknown>,
): Promise<Card[]> {
  const res = await h.post(
    `/cds-services/riluzole-${hook}`,
    hookBody(hook, id, prefetch ?? (await prefetchOf(id)), drafts),
  );
  expect(res.status).toBe(200);
  return (res.json() as { cards: Card[] }).cards;
}

const codes = (list: readonly Card[]): string[] => list.map((c) => `${c.indicator} ${c.source.topic?.code ?? ''}`);

describe('order-select and order-sign from the case files', () => {
  it('answers no card for an eligible patient (normal baseline labs)', async () => {
    expect(
      await cards('order-select', 'eligible-baseline-normal', [riluzoleDraft('eligible-baseline-normal')]),
    ).toEqual([]);
  });

  it('warns of a missing baseline ALT with a suggestion ordering ALT, AST and total bilirubin', async () => {
    const list = await cards('order-select', 'no-baseline-labs', [riluzoleDraft('no-baseline-labs')]);
    expect(codes(list)).toEqual(['warning baseline.alt-missing']);
    const card = list[0];
    expect(card?.selectionBehavior).toBe('any');
    const actions = card?.suggestions?.[0]?.actions ?? [];
    expect(actions.map((a) => a.type)).toEqual(['create', 'create', 'create']);
    const loinc = actions.map((a) => (a.resource.code as { coding: { code: string }[] }).coding[0]?.code);
    expect(loinc).toEqual(['1742-6', '1920-8', '1975-2']);
    expect(actions.every((a) => a.resource.resourceType === 'ServiceRequest')).toBe(true);
    expect(card?.detail).toContain('No usable ALT');
  });

  it('makes a baseline ALT above 5x ULN a critical card (not recommended under the US label)', async () => {
    const list = await cards('order-sign', 'baseline-alt-5x', [riluzoleDraft('baseline-alt-5x')]);
    expect(codes(list)[0]).toBe('critical baseline.transaminase-above-5x');
    expect(list[0]?.detail).toMatch(/× ULN/);
  });

  it('makes a riluzole allergy a critical card', async () => {
    expect(codes(await cards('order-select', 'riluzole-allergy', [riluzoleDraft('riluzole-allergy')]))).toContain(
      'critical allergy.riluzole',
    );
  });

  it('warns of an interaction with a CYP1A2 inducer', async () => {
    const list = await cards('order-select', 'interaction-phenytoin', [riluzoleDraft('interaction-phenytoin')]);
    expect(codes(list)).toContain('warning interaction.cyp1a2-inducer');
  });

  it('warns of a draft dose other than 100 mg a day', async () => {
    const draft = riluzoleDraft('eligible-baseline-normal', {
      dose: { value: 50, unit: 'mg', frequency: 1, period: 1, periodUnit: 'd' },
    });
    expect(codes(await cards('order-select', 'eligible-baseline-normal', [draft]))).toEqual([
      'warning dose.nonstandard',
    ]);
  });

  it('reads a draft riluzole order given as a Medication reference (resolved from the prefetched Medication)', async () => {
    const id = 'riluzole-referenced-medication';
    const prefetch = await prefetchOf(id);
    const draft = riluzoleDraft(
      id,
      { dose: { value: 50, unit: 'mg', frequency: 1, period: 1, periodUnit: 'd' } },
      {
        kind: 'reference',
        reference: `Medication/${id}-med-1`,
      },
    );
    expect(codes(await cards('order-select', id, [draft], prefetch))).toContain('warning dose.nonstandard');
    // The same order when the Medication is nowhere to be read: not known to be riluzole, no card.
    const unknown = { ...draft, medicationReference: { reference: 'Medication/not-prefetched' } };
    expect(await cards('order-select', id, [unknown], prefetch)).toEqual([]);
  });

  it('says when a kind of record could not be prefetched (an OperationOutcome), never silence', async () => {
    const prefetch = { ...(await prefetchOf('eligible-baseline-normal')) };
    prefetch.allergies = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] };
    const list = await cards(
      'order-select',
      'eligible-baseline-normal',
      [riluzoleDraft('eligible-baseline-normal')],
      prefetch,
    );
    expect(codes(list)).toContain('warning data.read-failed');
    expect(list.find((c) => c.source.topic?.code === 'data.read-failed')?.detail).toMatch(/Allergies/);
  });
});

describe('patient-view from the case files', () => {
  it('shows ALT above 5x ULN on treatment as a critical card', async () => {
    const list = await cards('patient-view', 'alt-stop-on-treatment');
    expect(codes(list)[0]).toBe('critical liver.transaminase-stop');
    expect(list[0]?.detail).toContain('212');
    expect(list[0]?.detail).toContain('5.3× ULN');
  });

  it('warns when monitoring is overdue', async () => {
    expect(codes(await cards('patient-view', 'on-riluzole-overdue'))).toContain('warning monitoring.overdue');
  });

  it('says when a liver test is due, as info', async () => {
    expect(codes(await cards('patient-view', 'on-riluzole-due'))).toContain('info monitoring.due');
  });

  it('answers no card when monitoring is up to date', async () => {
    expect(await cards('patient-view', 'riluzole-referenced-medication')).toEqual([]);
  });

  it('answers no card at all for a patient not on riluzole', async () => {
    expect(await cards('patient-view', 'no-baseline-labs')).toEqual([]);
  });
});
