/**
 * On riluzole 4 months, up to date; a 7-day ciprofloxacin course running now; current daily smoker.
 * Spec §6 `interaction.cyp1a2-inhibitor` (ciprofloxacin, warning) and `interaction.smoking` (info);
 * §4 "any interaction.* of severity warning ... caution". Ciprofloxacin is not on the hepatotoxic list.
 */
import { alsBackground, bundle, courseLabs, medicationRequest, patient, riluzoleRequest, smoking } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths, daysBefore } from './dates';

const ID = 'cyp1a2-inhibitor-smoker';

export const cyp1a2InhibitorSmoker: ClinicalCase = {
  id: ID,
  title: 'On riluzole, smoker, started ciprofloxacin this week (CYP1A2 interactions)',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const cipro = medicationRequest(
      ID,
      2,
      { kind: 'concept', rxnorm: '197511', display: 'ciprofloxacin 500 MG Oral Tablet' },
      {
        start: daysBefore(asOf, 3),
        end: addDays(asOf, 4),
        dose: {
          value: 500,
          unit: 'mg',
          frequency: 2,
          period: 1,
          periodUnit: 'd',
          text: '500 mg twice daily for 7 days',
        },
      },
    );
    return {
      resources: bundle(
        patient(ID, { name: 'Karen Mitchell', birthDate: '1966-05-19', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 330, weightKg: 66.7, fvcPct: 77 }),
        riluzoleRequest(ID, 1, { start }),
        cipro,
        courseLabs(ID, start, [1, 2, 3]),
        smoking(ID, 1, daysBefore(asOf, 100), 'current'),
      ),
      expected: {
        treatment: 'on-riluzole',
        eligibility: 'caution',
        monitoring: 'up-to-date',
        findings: { 'interaction.cyp1a2-inhibitor': 'warning', 'interaction.smoking': 'info' },
        absent: ['interaction.hepatotoxic', 'interaction.cyp1a2-inducer'],
      },
    };
  },
};
