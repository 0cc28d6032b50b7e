/**
 * Property tests (seeded). Reassurance orders: eligibility eligible (best) < caution <
 * insufficient-data < not-recommended < contraindicated; monitoring up-to-date < due < overdue <
 * stop-recommended, with not-applicable below them and compared only when the treatment status is
 * unchanged (it always is here: labs do not change the treatment status).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRiluzole } from '../../../src/rules';
import type {
  Assessment,
  ClinicalData,
  EligibilityStatus,
  FindingCode,
  LabResult,
  MonitoringStatus,
  Policy,
  Severity,
} from '../../../src/rules';
import { clinicalDataArb } from './arbitraries';
import { AS_OF } from './fixtures';

const RUNS = { seed: 7, numRuns: 300 };
/** Generous: the runs take about a second alone, longer when the machine is busy. */
const TIMEOUT_MS = 60_000;
const policyArb = fc.constantFrom<Policy>('us', 'eu');

const ELIGIBILITY_RANK: Record<EligibilityStatus, number> = {
  eligible: 0,
  caution: 1,
  'insufficient-data': 2,
  'not-recommended': 3,
  contraindicated: 4,
};
const MONITORING_RANK: Record<MonitoringStatus, number> = {
  'not-applicable': -1,
  'up-to-date': 0,
  due: 1,
  overdue: 2,
  'stop-recommended': 3,
};
const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, critical: 3 };

/**
 * Findings that replace one another as a value rises (a tier ladder); each is compared by the
 * highest severity present in its family (a code in two families, in both). The recheck after a raised ALT gives way to the stop
 * finding when the ALT reaches the stop threshold (spec §5), so monitoring.* joins the ladder.
 */
const FAMILIES: readonly (readonly FindingCode[])[] = [
  [
    'baseline.alt-missing',
    'baseline.transaminase-history',
    'baseline.transaminase-above-uln',
    'baseline.transaminase-above-3x',
    'baseline.transaminase-above-5x',
    'data.latest-unjudgeable',
  ],
  ['baseline.bilirubin-isolated', 'baseline.bilirubin-elevated'],
  [
    'liver.transaminase-above-uln',
    'liver.transaminase-above-3x',
    'liver.transaminase-stop',
    'liver.transaminase-stop-history',
    'monitoring.due',
    'monitoring.overdue',
    'data.latest-unjudgeable',
  ],
];

/** Every code that can replace `code` (an "unjudgeable" ALT gives way to whichever tier it turns out to be). */
function familyOf(code: FindingCode): readonly FindingCode[] {
  const families = FAMILIES.filter((f) => f.includes(code));
  return families.length > 0 ? [...new Set(families.flat())] : [code];
}

function worstIn(a: Assessment, family: readonly FindingCode[]): number {
  return Math.max(0, ...a.findings.filter((f) => family.includes(f.code)).map((f) => SEVERITY_RANK[f.severity]));
}

const run = (d: ClinicalData, policy: Policy): Assessment => assessRiluzole(d, { asOf: AS_OF, policy });

function labResultOf(a: Assessment, id: string): LabResult | undefined {
  return Object.values(a.labs)
    .flatMap((l) => l ?? [])
    .find((r) => r.id === id);
}

/** A result that says nothing bad: within its limit, with no comparator hiding the other side. */
function isReassuring(r: LabResult | undefined): boolean {
  if (!r || r.value === undefined) return true; // not used by the rules at all
  const upperOk = r.comparator === undefined || r.comparator === '<' || r.comparator === '<=';
  const lowerOk = r.comparator === undefined || r.comparator === '>' || r.comparator === '>=';
  switch (r.analyte) {
    case 'alt':
    case 'ast':
    case 'bilirubinTotal':
    case 'bilirubinDirect':
    case 'alp':
    case 'ggt':
      return upperOk && (r.multipleOfUln ?? Infinity) <= 1;
    case 'anc':
    case 'wbc':
      return lowerOk && r.lln !== undefined && r.value >= r.lln;
    case 'temperature':
      return upperOk && r.value < 38;
    case 'egfr':
      return lowerOk && r.value >= 60;
    case 'neutrophilPct':
    case 'weight':
    case 'bmi':
    case 'fvcPct':
      return true;
  }
}

describe('properties of assessRiluzole', () => {
  it(
    'never throws on arbitrary ClinicalData, and never needs its last-resort fallback',
    () => {
      fc.assert(
        fc.property(clinicalDataArb, policyArb, (d, policy) => {
          const a = run(d, policy);
          expect(a.dataNotes.filter((n) => n.code === 'data.rules-error')).toEqual([]);
          expect(new Set(a.findings.map((f) => f.code)).size).toBe(a.findings.length);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'tells one story about monitoring (docs/clinical-spec.md §5.2–5.4)',
    () => {
      fc.assert(
        fc.property(clinicalDataArb, policyArb, (d, policy) => {
          const a = run(d, policy);
          const m = a.monitoring;
          // A stopped course is never told to stop; its stop date is said.
          if (a.treatment.status === 'stopped') expect(m.status).toBe('not-applicable');
          if (a.treatment.status !== 'stopped') expect(a.treatment.stoppedOn).toBeUndefined();
          // Under a stop the routine schedule is suspended: nothing due, no due finding, no date.
          expect(m.suspended === true).toBe(m.status === 'stop-recommended');
          if (m.suspended) {
            expect(m.schedule.filter((p) => p.state === 'due' || p.state === 'overdue')).toEqual([]);
            expect(m.findings.filter((f) => f.code === 'monitoring.due' || f.code === 'monitoring.overdue')).toEqual(
              [],
            );
            expect(m.nextDue).toBeUndefined();
          }
          // One result answers one point; a missed point is answered by none.
          const answers = m.schedule.flatMap((p) => (p.answeredBy ? [p.answeredBy.id] : []));
          expect(new Set(answers).size).toBe(answers.length);
          for (const p of m.schedule) if (p.state === 'missed') expect(p.answeredBy).toBeUndefined();
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'with no ALT is never eligible nor up to date',
    () => {
      fc.assert(
        fc.property(clinicalDataArb, policyArb, (d, policy) => {
          const a = run({ ...d, labs: d.labs.filter((l) => l.analyte !== 'alt') }, policy);
          expect(a.eligibility.status).not.toBe('eligible');
          expect(a.monitoring.status).not.toBe('up-to-date');
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never becomes more reassuring when a reassuring lab is removed',
    () => {
      fc.assert(
        fc.property(clinicalDataArb, policyArb, fc.nat(), (d, policy, pick) => {
          fc.pre(d.labs.length > 0);
          const before = run(d, policy);
          const removed = d.labs[pick % d.labs.length];
          fc.pre(removed !== undefined && isReassuring(labResultOf(before, removed.id)));
          const after = run({ ...d, labs: d.labs.filter((l) => l !== removed) }, policy);
          expect(after.treatment.status).toBe(before.treatment.status);
          expect(ELIGIBILITY_RANK[after.eligibility.status]).toBeGreaterThanOrEqual(
            ELIGIBILITY_RANK[before.eligibility.status],
          );
          expect(MONITORING_RANK[after.monitoring.status]).toBeGreaterThanOrEqual(
            MONITORING_RANK[before.monitoring.status],
          );
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never lowers a severity or a status when one ALT value rises',
    () => {
      fc.assert(
        fc.property(
          clinicalDataArb,
          policyArb,
          fc.nat(),
          fc.double({ min: 0.01, max: 400, noNaN: true }),
          (d, policy, pick, rise) => {
            const alts = d.labs.filter(
              (l) => l.analyte === 'alt' && typeof l.value === 'number' && Number.isFinite(l.value),
            );
            fc.pre(alts.length > 0);
            const target = alts[pick % alts.length];
            fc.pre(target !== undefined && target.value !== undefined);
            const raised = { ...target, value: target.value + rise };
            const before = run(d, policy);
            const after = run({ ...d, labs: d.labs.map((l) => (l === target ? raised : l)) }, policy);
            expect(ELIGIBILITY_RANK[after.eligibility.status]).toBeGreaterThanOrEqual(
              ELIGIBILITY_RANK[before.eligibility.status],
            );
            expect(MONITORING_RANK[after.monitoring.status]).toBeGreaterThanOrEqual(
              MONITORING_RANK[before.monitoring.status],
            );
            for (const f of before.findings) {
              expect({ code: f.code, rank: worstIn(after, familyOf(f.code)) }).toEqual({
                code: f.code,
                rank: Math.max(worstIn(after, familyOf(f.code)), SEVERITY_RANK[f.severity]),
              });
            }
          },
        ),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
