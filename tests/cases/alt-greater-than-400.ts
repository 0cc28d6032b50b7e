/**
 * Baseline ALT reported as ">400" U/L (valueQuantity comparator), ULN 40.
 * Spec §1 "'>X' or '>=X' [means] at least X": at least 10× ULN, so the answer of "> 5×" does not
 * depend on the unknown part: `baseline.transaminase-above-5x`, us not-recommended, eu contraindicated.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-greater-than-400';

export const altGreaterThan400: ClinicalCase = {
  id: ID,
  title: 'Baseline ALT ">400" U/L: not recommended (US), contraindicated (EU)',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 3);
    return {
      resources: bundle(
        patient(ID, { name: 'Curtis Young', birthDate: '1969-11-30', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 400, { comparator: '>' }),
        ast(ID, 1, day, 310),
        bili(ID, 1, day, 0.9),
      ),
      expected: {
        eligibility: 'not-recommended',
        findings: { 'baseline.transaminase-above-5x': 'warning' },
        // Every value ">400" allows is above the ULN of 40: flagged, with its comparator kept.
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, value: 400, multipleOfUln: 10, comparator: '>', flag: 'above' }],
      },
      expectedOther: { eligibility: 'contraindicated', findings: { 'baseline.transaminase-above-5x': 'critical' } },
    };
  },
};
