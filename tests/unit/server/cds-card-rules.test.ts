/**
 * The CDS Hooks 2.0.1 card rules over every case file and every hook (not one response only):
 * required fields, summary under 140 characters, indicator values, uuids unique within a response,
 * suggestions with actions and a selectionBehavior, override reasons with a display, smart links to
 * the app, and one card per distinct problem, worst first. The cases go through the service's own
 * normalisation (hook-data) and card building, without HTTP, so all of them run in seconds.
 */
import { ALL_CASES } from '../../cases';
import { loadUcumConverter, type UnitConverter } from '../../../src/fhir/units';
import { assessRiluzole, DEFAULT_SETTINGS } from '../../../src/rules';
import type { Card } from '../../../src/server/cds/card-types';
import { cardsFor } from '../../../src/server/cds/cards';
import { asIfSigned, buildHookData } from '../../../src/server/cds/hook-data';
import { AS_OF, riluzoleDraft } from './support/ehr';

const LAUNCH = 'https://apps.example.org/riluzole/launch.html';
const HOOKS = ['order-select', 'order-sign', 'patient-view'] as const;
const RANK: Readonly<Record<string, number>> = { critical: 0, warning: 1, info: 2 };
let units: UnitConverter;
let all: readonly { readonly label: string; readonly cards: readonly Card[] }[];
beforeAll(async () => {
  units = await loadUcumConverter();
  all = responses();
}, 60_000);

function responses(): { readonly label: string; readonly cards: readonly Card[] }[] {
  const out: { label: string; cards: Card[] }[] = [];
  for (const c of ALL_CASES) {
    const b = c.build(AS_OF);
    for (const hook of HOOKS) {
      const drafts = hook === 'patient-view' ? [] : [asIfSigned(riluzoleDraft(c.id), AS_OF, 0)];
      const { data } = buildHookData(c.id, b.resources, drafts, b.unavailable ?? [], units);
      const a = assessRiluzole(data, { asOf: AS_OF, policy: 'us', settings: DEFAULT_SETTINGS });
      const ctx = { hook, patientId: c.id, appLaunchUrl: LAUNCH, unavailable: b.unavailable ?? [] };
      out.push({ label: `${c.id} ${hook}`, cards: cardsFor(a, ctx) });
    }
  }
  return out;
}

function problems(cards: readonly Card[]): string[] {
  const out: string[] = [];
  const uuids = new Set<string>();
  const topics = new Set<string>();
  const unique = (id: string, what: string): void => {
    if (uuids.has(id)) out.push(`${what} uuid ${id} repeated`);
    uuids.add(id);
  };
  cards.forEach((card, i) => {
    const at = `card ${i} (${card.source.topic?.code ?? card.summary})`;
    if (card.summary.length === 0 || card.summary.length >= 140)
      out.push(`${at}: summary length ${card.summary.length}`);
    if (!['info', 'warning', 'critical'].includes(card.indicator)) out.push(`${at}: indicator ${card.indicator}`);
    if (!card.source.label) out.push(`${at}: no source.label`);
    if (card.source.topic && !card.source.topic.display) out.push(`${at}: topic without display`);
    unique(card.uuid, at);
    const topic = card.source.topic?.code;
    if (topic !== undefined && topics.has(topic)) out.push(`${at}: a second card for ${topic}`);
    if (topic !== undefined) topics.add(topic);
    const prev = cards[i - 1];
    if (prev && (RANK[prev.indicator] ?? 9) > (RANK[card.indicator] ?? 9)) out.push(`${at}: not worst first`);
    if (!card.detail?.includes('Source: ')) out.push(`${at}: detail names no source`);
    for (const r of card.overrideReasons ?? []) if (!r.display || !r.code) out.push(`${at}: override reason`);
    if ((card.suggestions?.length ?? 0) > 0 && card.selectionBehavior !== 'any') out.push(`${at}: selectionBehavior`);
    for (const s of card.suggestions ?? []) {
      unique(s.uuid, `${at} suggestion`);
      if (!s.label || s.actions.length === 0) out.push(`${at}: suggestion without label or actions`);
      for (const a of s.actions) if (a.type === 'create' && !a.resource) out.push(`${at}: create without resource`);
    }
    const links = card.links ?? [];
    if (!links.some((l) => l.type === 'smart' && l.url === LAUNCH)) out.push(`${at}: no smart link to the app`);
    for (const l of links) if (l.type === 'absolute' && l.appContext !== undefined) out.push(`${at}: appContext`);
  });
  return out;
}

describe('every card of every case on every hook obeys the CDS Hooks card rules', () => {
  it('has no problem', () => {
    expect(all.length).toBe(ALL_CASES.length * HOOKS.length);
    const found = all.flatMap((r) => problems(r.cards).map((p) => `${r.label}: ${p}`));
    expect(found).toEqual([]);
    // The check ran over real cards of every indicator, with suggestions among them.
    const cards = all.flatMap((r) => r.cards);
    expect(new Set(cards.map((c) => c.indicator))).toEqual(new Set(['critical', 'warning', 'info']));
    expect(cards.some((c) => (c.suggestions?.length ?? 0) > 0)).toBe(true);
  });

  it('puts the value, its multiple of the ULN and its date in the detail of a lab card', () => {
    const stop = all.find((r) => r.label === 'alt-stop-on-treatment patient-view');
    const detail = stop?.cards[0]?.detail ?? '';
    expect(detail).toMatch(/ALT.*212 U\/L on \d{4}-\d{2}-\d{2} \(5\.3× ULN; lab's ULN 40 U\/L/);
  });
});
