/**
 * On riluzole 4 months. Fluvoxamine ordered 363 days ago for 12 months (boundsDuration 12 "mo");
 * methotrexate ordered 367 days ago for 1 year (boundsDuration 1 "a").
 * Spec §6: a medication's end is "start + boundsDuration"; §1 "Months": "S + k months" is counted
 * in calendar months, so 12 months is 365 or 366 days: fluvoxamine is still active (CYP1A2
 * inhibitor, warning) and methotrexate ended a day or two ago (no `interaction.hepatotoxic`).
 * Reading a month as 30 days would end fluvoxamine on day 360 and hide the interaction.
 */
import { alsBackground, bundle, courseLabs, medicationRequest, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'interaction-duration-in-months';

export const interactionDurationInMonths: ClinicalCase = {
  id: ID,
  title: 'On riluzole; a 12-month fluvoxamine order still running, a 1-year methotrexate order just ended',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Edith Varga', birthDate: '1958-05-17', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        medicationRequest(
          ID,
          2,
          { kind: 'concept', rxnorm: '903873', display: 'fluvoxamine maleate 50 MG Oral Tablet' },
          { start: daysBefore(asOf, 363), boundsDuration: { value: 12, code: 'mo' } },
        ),
        medicationRequest(
          ID,
          3,
          { kind: 'concept', rxnorm: '105586', display: 'methotrexate 2.5 MG Oral Tablet' },
          { start: daysBefore(asOf, 367), boundsDuration: { value: 1, code: 'a' } },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'interaction.cyp1a2-inhibitor': 'warning' },
        absent: ['interaction.hepatotoxic'],
      },
    };
  },
};
