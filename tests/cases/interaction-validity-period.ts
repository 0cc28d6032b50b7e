/**
 * Two active orders without dosage bounds: mexiletine valid until asOf + 60 days, methotrexate valid
 * until asOf − 5 days.
 * Spec §6: a medication's "end is boundsPeriod.end, else start + boundsDuration, else
 * dispenseRequest.validityPeriod.end": mexiletine is active (`interaction.cyp1a2-inhibitor`),
 * methotrexate is not (no `interaction.hepatotoxic`).
 */
import { alsBackground, bundle, medicationRequest, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { addDays, daysBefore } from './dates';

const ID = 'interaction-validity-period';

export const interactionValidityPeriod: ClinicalCase = {
  id: ID,
  title: 'Mexiletine order still valid, methotrexate order expired',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Sylvia Rhodes', birthDate: '1959-10-03', gender: 'female' }),
        alsBackground(ID, asOf),
        medicationRequest(
          ID,
          1,
          { kind: 'concept', rxnorm: '311095', display: 'mexiletine hydrochloride 150 MG Oral Capsule' },
          {
            authoredOn: daysBefore(asOf, 30),
            validityEnd: addDays(asOf, 60),
            dose: null,
            doseText: '150 mg three times daily',
          },
        ),
        medicationRequest(
          ID,
          2,
          { kind: 'concept', rxnorm: '105585', display: 'methotrexate 2.5 MG Oral Tablet' },
          {
            authoredOn: daysBefore(asOf, 200),
            validityEnd: daysBefore(asOf, 5),
            dose: null,
            doseText: '7.5 mg weekly',
          },
        ),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'interaction.cyp1a2-inhibitor': 'warning' },
        absent: ['interaction.hepatotoxic'],
      },
    };
  },
};
