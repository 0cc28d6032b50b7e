/**
 * A woman on riluzole, a combined oral contraceptive (ethinyl estradiol / levonorgestrel),
 * atorvastatin and ibuprofen.
 * Spec §6: oral contraceptives (ethinyl estradiol) → `interaction.cyp1a2-inhibitor`; "Statins,
 * ibuprofen and erythromycin ... left out on purpose" → no `interaction.hepatotoxic`.
 */
import { alsBackground, bundle, courseLabs, medicationRequest, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'interaction-contraceptive-statin';

export const interactionContraceptiveStatin: ClinicalCase = {
  id: ID,
  title: 'On riluzole with an oral contraceptive, a statin and ibuprofen',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const since = daysBefore(asOf, 400);
    return {
      resources: bundle(
        patient(ID, { name: 'Jessica Turner', birthDate: '1988-02-16', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        medicationRequest(
          ID,
          2,
          {
            kind: 'concept',
            rxnorm: '748962',
            display: 'levonorgestrel 0.15 MG / ethinyl estradiol 0.03 MG Oral Tablet',
          },
          { start: since },
        ),
        medicationRequest(
          ID,
          3,
          { kind: 'concept', rxnorm: '617310', display: 'atorvastatin 20 MG Oral Tablet' },
          { start: since },
        ),
        medicationRequest(
          ID,
          4,
          { kind: 'concept', rxnorm: '310965', display: 'ibuprofen 200 MG Oral Tablet' },
          { start: since },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        findings: { 'interaction.cyp1a2-inhibitor': 'warning' },
        absent: ['interaction.hepatotoxic', 'interaction.cyp1a2-inducer'],
      },
    };
  },
};
