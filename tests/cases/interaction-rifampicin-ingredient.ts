/**
 * On riluzole; an order for "Rifadin 300 mg capsule" through a contained Medication whose ingredient
 * is "Rifampicin" (no RxNorm).
 * Spec §6: names are matched "against every coding display, code.text, and the Medication's code and
 * ingredients"; rifampin "(rifampicin)" is a CYP1A2 inducer and on the hepatotoxic list.
 */
import { alsBackground, bundle, courseLabs, medication, medicationRequest, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'interaction-rifampicin-ingredient';

export const interactionRifampicinIngredient: ClinicalCase = {
  id: ID,
  title: 'On riluzole and Rifadin (rifampicin, named only as the ingredient)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const med = medication(ID, 2, { id: 'rifadin', text: 'Rifadin 300 mg capsule', ingredients: ['Rifampicin'] });
    return {
      resources: bundle(
        patient(ID, { name: 'Samir Aziz', birthDate: '1963-07-07', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        medicationRequest(
          ID,
          2,
          { kind: 'contained', medication: med },
          { start: daysBefore(asOf, 14), dose: { value: 600, unit: 'mg', frequency: 1 } },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'interaction.cyp1a2-inducer': 'warning', 'interaction.hepatotoxic': 'warning' },
      },
    };
  },
};
