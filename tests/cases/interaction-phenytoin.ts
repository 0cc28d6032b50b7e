/**
 * On riluzole 4 months and on phenytoin for epilepsy.
 * Spec §6: phenytoin is a CYP1A2 inducer (`interaction.cyp1a2-inducer`, warning) and on the
 * hepatotoxic list (`interaction.hepatotoxic`, warning); §4 "any interaction.* of severity warning
 * ... caution".
 */
import { alsBackground, bundle, courseLabs, medicationRequest, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'interaction-phenytoin';

export const interactionPhenytoin: ClinicalCase = {
  id: ID,
  title: 'On riluzole and phenytoin (CYP1A2 inducer, liver risk)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Roland Shaw', birthDate: '1960-01-21', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        medicationRequest(
          ID,
          2,
          { kind: 'concept', rxnorm: '855873', display: 'phenytoin sodium 100 MG Extended Release Oral Capsule' },
          { start: daysBefore(asOf, 2000), dose: { value: 300, unit: 'mg', frequency: 1, period: 1, periodUnit: 'd' } },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'interaction.cyp1a2-inducer': 'warning', 'interaction.hepatotoxic': 'warning' },
        absent: ['interaction.cyp1a2-inhibitor'],
      },
    };
  },
};
