/**
 * On riluzole 4 months; divalproex sodium current; fluvoxamine ended 10 days ago; an expired
 * 10-day course of ciprofloxacin given by boundsDuration 30 days ago.
 * Spec §6: valproate "(valproic acid, divalproex, sodium valproate)" → `interaction.hepatotoxic`;
 * active "by the same rule as a riluzole record", end "boundsPeriod.end, else start + boundsDuration":
 * fluvoxamine and ciprofloxacin are not active → no `interaction.cyp1a2-inhibitor`.
 */
import { alsBackground, bundle, courseLabs, medicationRequest, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'interaction-valproate-ended-fluvoxamine';

export const interactionValproateEndedFluvoxamine: ClinicalCase = {
  id: ID,
  title: 'On riluzole and divalproex; fluvoxamine stopped last week',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Marjorie Hale', birthDate: '1962-11-08', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        medicationRequest(
          ID,
          2,
          { kind: 'concept', rxnorm: '1099870', display: 'divalproex sodium 250 MG Delayed Release Oral Tablet' },
          { start: daysBefore(asOf, 900), dose: { value: 250, unit: 'mg', frequency: 2, period: 1, periodUnit: 'd' } },
        ),
        medicationRequest(
          ID,
          3,
          { kind: 'concept', rxnorm: '903873', display: 'fluvoxamine maleate 50 MG Oral Tablet' },
          { start: daysBefore(asOf, 200), end: daysBefore(asOf, 10), status: 'stopped' },
        ),
        medicationRequest(
          ID,
          4,
          { kind: 'concept', rxnorm: '197511', display: 'ciprofloxacin 500 MG Oral Tablet' },
          { start: daysBefore(asOf, 30), boundsDurationDays: 10 },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'interaction.hepatotoxic': 'warning' },
        absent: ['interaction.cyp1a2-inhibitor'],
      },
    };
  },
};
