/**
 * Issue 8 ("the blank patient"): on riluzole 5 months, last week ALT 212 U/L (5.3× ULN 40), and one
 * 2019 ALT whose comparator is "valueOf" (no FHIR comparator; a key of Object.prototype). Spec §5
 * `liver.transaminase-stop` must still fire: the malformed result is reported and left out, never
 * allowed to blank the assessment (spec §1 "A value that cannot be read is reported").
 */
import type { Quantity } from '@medplum/fhirtypes';
import { alsBackground, alt, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'alt-stop-beside-malformed-comparator';

export const altStopBesideMalformedComparator: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 5.3× the upper limit last week, beside a 2019 ALT with a malformed comparator',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -5);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'stop-recommended',
      findings: { 'liver.transaminase-stop': 'critical' },
      absent: ['data.rule-failed'],
      absentDataNotes: ['data.rules-error'],
      labs: [{ analyte: 'alt', id: `${ID}-alt-4`, value: 212, multipleOfUln: 5.3, grade: 3 }],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Rosa Delgado', birthDate: '1961-04-17', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 400, weightKg: 61.2, fvcPct: 71 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 7), { alt: 212, ast: 100, bili: 0.9 }),
        alt(ID, 9, '2019-03-01', 30, { comparator: 'valueOf' as Quantity['comparator'] }),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
