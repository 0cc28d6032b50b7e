/**
 * Reference ranges given only as text: ALT 45 U/L with "<40", AST 30 U/L with "10-40".
 * Spec §3: "read low/high, else text ('10-40', '<40', '0 - 40 U/L')": ALT 1.125× (report ULN), AST
 * 0.75×; ALT > 1× → `baseline.transaminase-above-uln`, caution.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'text-ranges';

export const textRanges: ClinicalCase = {
  id: ID,
  title: 'Reference ranges as text only ("<40", "10-40"): ALT 1.1× the upper limit',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 6);
    return {
      resources: bundle(
        patient(ID, { name: 'Angela Ross', birthDate: '1966-03-09', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 45, { refText: '<40' }),
        ast(ID, 1, day, 30, { refText: '10-40' }),
        bili(ID, 1, day, 0.7),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        absentDataNotes: ['data.uln-assumed'],
        labs: [
          { analyte: 'alt', id: `${ID}-alt-1`, multipleOfUln: 1.125, ulnSource: 'report' },
          { analyte: 'ast', id: `${ID}-ast-1`, multipleOfUln: 0.75, ulnSource: 'report' },
        ],
      },
    };
  },
};
