/**
 * Issue 8.2: one rule family's crash must not blank the others. Each family is made to throw here
 * (a test-only mock: no well-formed record makes one fail), and the assessment must keep every
 * other family's findings and put a `data.rule-failed` finding where the failed one's would be.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RuleFamily } from '../../../src/rules/guard';
import { alt, assess, codes, data, finding, noteCodes, riluzole } from './fixtures';

const failing = vi.hoisted(() => ({ family: undefined as string | undefined }));

function boom(family: string): void {
  if (failing.family === family) throw new TypeError(`${family} exploded`);
}

vi.mock('../../../src/rules/interactions', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/interactions')>();
  return {
    ...m,
    interactionFindings: (...a: Parameters<typeof m.interactionFindings>) => (
      boom('interaction'),
      m.interactionFindings(...a)
    ),
  };
});
vi.mock('../../../src/rules/eligibility', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/eligibility')>();
  return {
    ...m,
    assessEligibility: (...a: Parameters<typeof m.assessEligibility>) => (
      boom('eligibility'),
      m.assessEligibility(...a)
    ),
  };
});
vi.mock('../../../src/rules/monitoring', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/monitoring')>();
  return {
    ...m,
    assessMonitoring: (...a: Parameters<typeof m.assessMonitoring>) => (boom('monitoring'), m.assessMonitoring(...a)),
  };
});
vi.mock('../../../src/rules/supportive', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/supportive')>();
  return {
    ...m,
    supportiveFindings: (...a: Parameters<typeof m.supportiveFindings>) => (
      boom('supportive care'),
      m.supportiveFindings(...a)
    ),
  };
});
vi.mock('../../../src/rules/treatment', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/rules/treatment')>();
  return {
    ...m,
    assessTreatment: (...a: Parameters<typeof m.assessTreatment>) => (boom('treatment'), m.assessTreatment(...a)),
  };
});

afterEach(() => {
  failing.family = undefined;
});

const onRiluzoleWithStop = () =>
  data({ labs: [alt('2026-05-01', 20), alt('2026-11-18', 212)], meds: [riluzole({ start: '2026-05-01' })] });

describe('a rule family that throws', () => {
  it.each<RuleFamily>(['interaction', 'eligibility', 'supportive care'])(
    'the %s rules: the stop finding stays and a rule-failed finding says what is missing',
    (family) => {
      failing.family = family;
      const a = assess(onRiluzoleWithStop());
      expect(finding(a, 'liver.transaminase-stop')?.severity).toBe('critical');
      expect(a.monitoring.status).toBe('stop-recommended');
      expect(finding(a, 'data.rule-failed')?.title).toContain(family);
      expect(noteCodes(a)).toContain('data.rules-error');
      expect(a.notAssessed).toBeUndefined();
    },
  );

  it('the eligibility rules: eligibility reads insufficient data, never eligible', () => {
    failing.family = 'eligibility';
    const a = assess(data({ labs: [alt('2026-11-01', 20)] }));
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(a.eligibility.findings.map((f) => f.code)).toEqual(['data.rule-failed']);
  });

  it('the interaction rules: eligibility is at best caution', () => {
    failing.family = 'interaction';
    const a = assess(data({ labs: [alt('2026-11-01', 20)] }));
    expect(a.eligibility.status).not.toBe('eligible');
  });

  it('the monitoring rules: on riluzole monitoring reads due, with the failure in its findings', () => {
    failing.family = 'monitoring';
    const a = assess(onRiluzoleWithStop());
    expect(a.monitoring.status).toBe('due');
    expect(a.monitoring.findings.map((f) => f.code)).toContain('data.rule-failed');
    expect(codes(a)).toContain('data.rule-failed');
  });

  it('the treatment rules: the assessment says it could not be made and keeps the lab values', () => {
    failing.family = 'treatment';
    const a = assess(onRiluzoleWithStop());
    expect(a.notAssessed?.reason).toBeTruthy();
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(a.monitoring.status).toBe('due');
    expect(a.labs.alt?.map((l) => l.value)).toEqual([212, 20]);
  });
});
