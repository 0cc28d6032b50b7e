/**
 * On riluzole 4 months; 6 days ago total bilirubin 1.8 mg/dL (1.5× ULN 1.2), ALT and AST normal.
 * Spec §5 `liver.bilirubin-elevated`: "latest total bilirubin > ULN: warning; critical when > 2× ULN,
 * or when an ALT or AST > 3× ULN lies within 7 days" — neither here: warning, no stop.
 */
import { alsBackground, bundle, courseLabs, directBili, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'bilirubin-elevated-on-treatment';

export const bilirubinElevatedOnTreatment: ClinicalCase = {
  id: ID,
  title: 'On riluzole: bilirubin 1.5× the upper limit, transaminases normal',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 6);
    const expected = {
      monitoring: 'up-to-date',
      findings: { 'liver.bilirubin-elevated': 'warning' },
      absent: ['liver.hys-law', 'liver.transaminase-above-uln'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Kevin Walsh', birthDate: '1962-02-02', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { alt: 30, ast: 28, bili: 1.8 }),
        directBili(ID, 4, day, 0.6),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
