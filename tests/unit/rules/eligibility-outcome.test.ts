/** Eligibility findings carry their row's outcome: a CDS card tells not-recommended from caution by it. */
import { normalizePatientResources } from '../../../src/fhir/normalize';
import { loadUcumConverter } from '../../../src/fhir/units';
import { assessRiluzole } from '../../../src/rules';
import type { Assessment, Policy } from '../../../src/rules/types';
import { baselineAlt3x } from '../../cases/baseline-alt-3x';
import { baselineAlt5x } from '../../cases/baseline-alt-5x';
import { CASE_AS_OF, type ClinicalCase } from '../../cases/case';
import { noBaselineLabs } from '../../cases/no-baseline-labs';

const units = await loadUcumConverter();

function assess(c: ClinicalCase, policy: Policy): Assessment {
  const data = normalizePatientResources(c.build(CASE_AS_OF).resources, { units });
  return assessRiluzole(data, { asOf: CASE_AS_OF, policy });
}

const outcomeOf = (a: Assessment, code: string): string | undefined =>
  a.eligibility.findings.find((f) => f.code === code)?.outcome;

describe('eligibility finding outcomes', () => {
  it('marks a baseline ALT above 5x ULN not-recommended (US) and contraindicated (EU)', () => {
    expect(outcomeOf(assess(baselineAlt5x, 'us'), 'baseline.transaminase-above-5x')).toBe('not-recommended');
    expect(outcomeOf(assess(baselineAlt5x, 'eu'), 'baseline.transaminase-above-5x')).toBe('contraindicated');
  });

  it('marks a baseline ALT above 3x ULN caution under the US label', () => {
    expect(outcomeOf(assess(baselineAlt3x, 'us'), 'baseline.transaminase-above-3x')).toBe('caution');
  });

  it('marks a missing baseline ALT insufficient-data and a missing bilirubin info', () => {
    const a = assess(noBaselineLabs, 'us');
    expect(outcomeOf(a, 'baseline.alt-missing')).toBe('insufficient-data');
    expect(outcomeOf(a, 'baseline.bilirubin-missing')).toBe('info');
  });
});
