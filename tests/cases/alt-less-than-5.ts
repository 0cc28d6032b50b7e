/**
 * ALT reported as the string "<5" (valueString), range 7–40 U/L.
 * Spec §2 "valueString such as '<5' ...: read the number and the comparator"; §1 "'<5' passes 'within
 * the ULN'": a usable baseline ALT within the ULN, eligible.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-less-than-5';

export const altLessThan5: ClinicalCase = {
  id: ID,
  title: 'ALT reported as "<5" U/L: within the upper limit, eligible',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 6);
    return {
      resources: bundle(
        patient(ID, { name: 'Priya Shah', birthDate: '1975-05-05', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, undefined, { valueString: '<5' }),
        ast(ID, 1, day, 18),
        bili(ID, 1, day, 0.4),
      ),
      expected: {
        eligibility: 'eligible',
        absent: ['baseline.alt-missing'],
        absentDataNotes: ['data.value-unreadable'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, value: 5 }],
      },
    };
  },
};
