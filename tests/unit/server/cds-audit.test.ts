/**
 * Issue 10, audited against CDS Hooks 2.0.1 (session 14): the draft-order matching (RxNorm, a name
 * only, a contained Medication, on order-sign too) and the patient-view cards for data that cannot
 * be judged or read, from the case files as prefetch. Silence must never read as safe.
 */
import { loadMedplum } from '../../../src/sandbox/medplum';
import { medication } from '../../cases/builders';
import { ALL_CASES } from '../../cases';
import { AS_OF, hookBody, prefetchFrom, riluzoleDraft, storeOf } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadMedplum();
}, 30_000);
afterAll(() => stopHarness(h));

type Hook = 'order-select' | 'order-sign' | 'patient-view';
interface Card {
  readonly indicator: string;
  readonly summary: string;
  readonly detail: string;
  readonly source: { readonly topic?: { readonly code: string } };
}

async function prefetchOf(id: string): Promise<Record<string, unknown>> {
  const c = ALL_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return prefetchFrom(await storeOf(c.build(AS_OF).resources), id);
}

async function codes(hook: Hook, id: string, drafts: readonly Record<string, unknown>[] = [], prefetch?: unknown) {
  const body = hookBody(hook, id, (prefetch as Record<string, unknown>) ?? (await prefetchOf(id)), drafts);
  const res = await h.post(`/cds-services/riluzole-${hook}`, body);
  expect(res.status).toBe(200);
  const cards = (res.json() as { cards: Card[] }).cards;
  return cards.map((c) => `${c.indicator} ${c.source.topic?.code ?? c.summary}`);
}

const HALF_DOSE = { dose: { value: 50, unit: 'mg', frequency: 1, period: 1, periodUnit: 'd' as const } };

describe('which draft orders are riluzole (the rules matching, spec §2)', () => {
  const id = 'eligible-baseline-normal';

  it('matches a draft named only in text, on order-select and order-sign', async () => {
    const draft = riluzoleDraft(id, HALF_DOSE, { kind: 'concept', text: 'Rilutek 50 mg tablet' });
    expect(await codes('order-select', id, [draft])).toEqual(['warning dose.nonstandard']);
    expect(await codes('order-sign', id, [draft])).toEqual(['warning dose.nonstandard']);
  });

  it('matches a draft whose Medication is contained in the order', async () => {
    const med = medication(id, 7, { id: 'draftmed', text: 'riluzole 50 mg tablet' });
    const draft = riluzoleDraft(id, HALF_DOSE, { kind: 'contained', medication: med });
    expect(await codes('order-sign', id, [draft])).toEqual(['warning dose.nonstandard']);
  });

  it('answers for the riluzole draft among other drafts, and not for the other drug alone', async () => {
    const other = { ...riluzoleDraft(id), id: 'draft-baclofen', medicationCodeableConcept: { text: 'Baclofen 10 mg' } };
    const rilu = riluzoleDraft(id, HALF_DOSE);
    expect(await codes('order-select', id, [other, rilu])).toEqual(['warning dose.nonstandard']);
    expect(await codes('order-sign', id, [other])).toEqual([]);
  });
});

describe('patient-view: what cannot be judged or read is a card, never silence', () => {
  it('asks for the confirmation of a raised liver test on treatment (a warning)', async () => {
    expect(await codes('patient-view', 'confirm-alt-3x-due')).toEqual(['warning monitoring.confirm-due']);
  });

  it('says when the newest liver test of the course cannot be judged', async () => {
    expect(await codes('patient-view', 'on-riluzole-newest-alt-unjudgeable')).toContain(
      'warning data.latest-unjudgeable',
    );
  });

  it('says the medications could not be read, since it cannot tell whether the patient is on riluzole', async () => {
    const prefetch = { ...(await prefetchOf('alt-stop-on-treatment')) };
    prefetch.medicationRequests = {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'exception' }],
    };
    expect(await codes('patient-view', 'alt-stop-on-treatment', [], prefetch)).toContain('warning data.read-failed');
  });
});
