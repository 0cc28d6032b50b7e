/**
 * A woman's ALT 40 U/L with two ranges: ≤ 45 U/L applying to males, ≤ 33 U/L applying to females.
 * Spec §3: "prefer one whose appliesTo or age fits the patient": ULN 33 → 1.21×, caution. (With the
 * male range it would read 0.89×, eligible.)
 */
import { alsBackground, alt, ast, bili, bundle, patient, SNOMED, UCUM } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'range-applies-to-sex';

const high = (value: number): { value: number; unit: string; system: string; code: string } => ({
  value,
  unit: 'U/L',
  system: UCUM,
  code: 'U/L',
});

export const rangeAppliesToSex: ClinicalCase = {
  id: ID,
  title: "ALT 40 U/L against the lab's female range (≤ 33): 1.2× the upper limit",
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 6);
    return {
      resources: bundle(
        patient(ID, { name: 'Hannah Schmidt', birthDate: '1972-10-29', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 40, {
          ranges: [
            {
              high: high(45),
              appliesTo: [{ coding: [{ system: SNOMED, code: '248153007', display: 'Male' }], text: 'Male' }],
            },
            {
              high: high(33),
              appliesTo: [{ coding: [{ system: SNOMED, code: '248152002', display: 'Female' }], text: 'Female' }],
            },
          ],
        }),
        ast(ID, 1, day, 24),
        bili(ID, 1, day, 0.5),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, multipleOfUln: 1.21, ulnSource: 'report' }],
      },
    };
  },
};
