/**
 * ALS recorded only as the text "Amyotrophic lateral sclerosis (bulbar onset)", no code; normal labs.
 * Spec §2 ALS: "or the text 'amyotrophic lateral sclerosis' (`data.matched-by-name`)".
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'als-by-name';

export const alsByName: ClinicalCase = {
  id: ID,
  title: 'ALS recorded as free text only: eligible, matched by name',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Maureen Doyle', birthDate: '1959-12-12', gender: 'female' }),
        alsBackground(ID, asOf, { noAls: true }),
        condition(ID, 'als', DX.als, {
          textOnly: 'Amyotrophic lateral sclerosis (bulbar onset)',
          recorded: daysBefore(asOf, 90),
        }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        eligibility: 'eligible',
        absent: ['indication.als-not-documented'],
        dataNotes: ['data.matched-by-name'],
      },
    };
  },
};
