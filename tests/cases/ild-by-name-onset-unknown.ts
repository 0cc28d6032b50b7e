/**
 * On riluzole 4 months; a problem-list entry with only the text "Pulmonary fibrosis", no code, no dates.
 * Spec §2 ILD "or the text ... 'pulmonary fibrosis' (`data.matched-by-name`)"; §5 `condition.ild`
 * "with onset or recorded date on or after the course start, or unknown": critical → stop-recommended.
 */
import { alsBackground, bundle, condition, courseLabs, DX, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'ild-by-name-onset-unknown';

export const ildByNameOnsetUnknown: ClinicalCase = {
  id: ID,
  title: 'On riluzole, "pulmonary fibrosis" on the problem list without a date',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Doris Keller', birthDate: '1949-05-05', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        condition(ID, 'ild', DX.ildUnspecified, { textOnly: 'Pulmonary fibrosis' }),
      ),
      expected: {
        treatment: 'on-riluzole',
        monitoring: 'stop-recommended',
        findings: { 'condition.ild': 'critical' },
        dataNotes: ['data.matched-by-name'],
      },
    };
  },
};
