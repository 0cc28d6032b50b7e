/**
 * The only ALT in the window is "<300" U/L (valueQuantity comparator "<"), ULN 40.
 * Spec §1 Comparators: "Where the answer of a rule depends on the unknown part (ALT '<300' against a
 * ULN of 40), the result is not usable for that rule (data.value-unreadable)"; "eligible needs a
 * usable ALT in the window within the ULN"; §1.1 "never read as normal": insufficient-data.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-less-than-300';

export const altLessThan300: ClinicalCase = {
  id: ID,
  title: 'ALT reported only as "<300" U/L: cannot be judged',
  build(asOf) {
    const day = daysBefore(asOf, 4);
    return {
      resources: bundle(
        patient(ID, { name: 'Norman Fitch', birthDate: '1955-03-13', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 300, { comparator: '<' }),
        ast(ID, 1, day, 25),
        bili(ID, 1, day, 0.6),
      ),
      expected: {
        eligibility: 'insufficient-data',
        dataNotes: ['data.value-unreadable'],
        absent: ['baseline.transaminase-above-5x', 'baseline.transaminase-above-3x'],
        // Spec §1 "Display" (v3): the result keeps its comparator; its 7.5× is only a bound, and the
        // rules could not judge it against the ULN, so no screen may list it as abnormal.
        labs: [
          {
            analyte: 'alt',
            id: `${ID}-alt-1`,
            value: 300,
            unit: 'U/L',
            multipleOfUln: 7.5,
            comparator: '<',
            flag: 'unjudgeable',
          },
          { analyte: 'ast', id: `${ID}-ast-1`, value: 25, comparator: null, flag: 'within' },
        ],
      },
    };
  },
};
