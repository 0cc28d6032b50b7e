/**
 * The only ALT in the window is 30 "Karmen U" (an obsolete unit).
 * Spec §3 "A unit that is not recognised gets data.unit-unrecognized and the result is not usable":
 * `baseline.alt-missing`, insufficient-data.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-unknown-unit';

export const altUnknownUnit: ClinicalCase = {
  id: ID,
  title: 'ALT in an unknown unit ("Karmen U"): insufficient data',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 6);
    return {
      resources: bundle(
        patient(ID, { name: 'Agnes Wright', birthDate: '1953-02-11', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 30, { unit: 'Karmen U', noRange: true }),
        ast(ID, 1, day, 22),
        bili(ID, 1, day, 0.6),
      ),
      expected: {
        eligibility: 'insufficient-data',
        findings: { 'baseline.alt-missing': 'warning' },
        dataNotes: ['data.unit-unrecognized'],
      },
    };
  },
};
