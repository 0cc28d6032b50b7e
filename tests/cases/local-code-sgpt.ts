/**
 * New ALS patient whose ALT comes only with an Epic local code "SGPT" and a text range "0 - 40 U/L".
 * Spec §2: "a lab with no LOINC but a local code whose display or code.text names the test ('SGPT'):
 * use it and add data.matched-by-name"; §3 read the range's `text` ("0 - 40 U/L"): ULN from the report.
 */
import { alsBackground, ast, bili, bundle, EPIC_LOCAL_LAB, lab, AN, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'local-code-sgpt';

export const localCodeSgpt: ClinicalCase = {
  id: ID,
  title: 'New ALS diagnosis, ALT reported only under a local code "SGPT"',
  sandbox: true,
  build(asOf) {
    const day = daysBefore(asOf, 12);
    return {
      resources: bundle(
        patient(ID, { name: 'Rosa Castillo', birthDate: '1973-02-08', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 50, weightKg: 62.5, fvcPct: 88 }),
        lab(ID, 1, AN.alt, day, 32, {
          localCode: { system: EPIC_LOCAL_LAB, code: '1525870', display: 'SGPT' },
          refText: '0 - 40 U/L',
        }),
        ast(ID, 1, day, 27),
        bili(ID, 1, day, 0.5),
      ),
      expected: {
        treatment: 'never',
        eligibility: 'eligible',
        dataNotes: ['data.matched-by-name'],
        absent: ['baseline.alt-missing'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, value: 32, unit: 'U/L', multipleOfUln: 0.8, ulnSource: 'report' }],
      },
    };
  },
};
