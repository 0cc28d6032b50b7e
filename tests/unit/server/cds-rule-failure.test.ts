/**
 * Issue 8.2 meets issue 10: when one rule family throws, its findings are missing, not absent. The
 * CDS cards must say so on every hook (a warning), or an order would read as eligible and a chart
 * as up to date. The family is made to throw by a test-only mock, as in rule-isolation.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardsFor } from '../../../src/server/cds/cards';
import { alt, assess, ast, bili, data, riluzole } from '../rules/fixtures';

const failing = vi.hoisted(() => ({ family: undefined as string | undefined }));

vi.mock('../../../src/rules/eligibility', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/eligibility')>();
  return {
    ...m,
    assessEligibility: (...a: Parameters<typeof m.assessEligibility>) => {
      if (failing.family === 'eligibility') throw new TypeError('eligibility exploded');
      return m.assessEligibility(...a);
    },
  };
});
vi.mock('../../../src/rules/monitoring', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/monitoring')>();
  return {
    ...m,
    assessMonitoring: (...a: Parameters<typeof m.assessMonitoring>) => {
      if (failing.family === 'monitoring') throw new TypeError('monitoring exploded');
      return m.assessMonitoring(...a);
    },
  };
});

afterEach(() => {
  failing.family = undefined;
});

const CTX = { patientId: 'p1', appLaunchUrl: 'https://app.example/launch.html' };
const codes = (cards: ReturnType<typeof cardsFor>): string[] =>
  cards.map((c) => `${c.indicator} ${c.source.topic?.code ?? ''}`);

/** Eligible by its labs: a riluzole order alone would give no card. */
const eligible = data({
  labs: [alt('2026-11-01', 20), ast('2026-11-01', 22), bili('2026-11-01', 0.6)],
  meds: [riluzole({ start: '2026-11-25' })],
});
/** On riluzole since June, ALT monthly and normal: up to date, so patient-view gives no card. */
const upToDate = data({
  labs: ['2026-05-28', '2026-07-01', '2026-08-01', '2026-09-01', '2026-11-20'].flatMap((d) => [
    alt(d, 20),
    ast(d, 22),
    bili(d, 0.6),
  ]),
  meds: [riluzole({ start: '2026-06-01' })],
});

describe('a rule family that failed is a warning card, never silence', () => {
  it('on order-select and order-sign, when the eligibility rules failed', () => {
    expect(cardsFor(assess(eligible), { ...CTX, hook: 'order-select' })).toEqual([]);
    failing.family = 'eligibility';
    for (const hook of ['order-select', 'order-sign'] as const) {
      expect(codes(cardsFor(assess(eligible), { ...CTX, hook }))).toContain('warning data.rule-failed');
    }
  });

  it('on patient-view, when the monitoring rules failed', () => {
    expect(cardsFor(assess(upToDate), { ...CTX, hook: 'patient-view' })).toEqual([]);
    failing.family = 'monitoring';
    const cards = cardsFor(assess(upToDate), { ...CTX, hook: 'patient-view' });
    expect(codes(cards)).toContain('warning data.rule-failed');
    expect(cards.find((c) => c.source.topic?.code === 'data.rule-failed')?.summary).toMatch(/could not be applied/);
  });
});
