/**
 * Epic style: medicationReference "Medication/<id>" to a Medication included in the record, coded
 * with the brand (RILUTEK 50 MG TABLET, no RxNorm on the product) and the ingredient "riluzole".
 * Spec §2 riluzole: "any coding display, code.text or Medication ingredient naming 'riluzole',
 * 'Rilutek'"; §6 "product codes are not ingredient codes, so match names".
 */
import { alsBackground, bundle, courseLabs, medication, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'riluzole-referenced-medication';

export const riluzoleReferencedMedication: ClinicalCase = {
  id: ID,
  title: 'On riluzole, drug in a separate Medication resource (Epic style)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const med = medication(ID, 1, { text: 'RILUTEK 50 MG TABLET', ingredients: ['riluzole'] });
    return {
      resources: bundle(
        patient(ID, { name: 'Howard Green', birthDate: '1952-12-03', gender: 'male' }),
        alsBackground(ID, asOf),
        med,
        riluzoleRequest(ID, 1, { start }, { kind: 'reference', reference: `Medication/${med.id ?? ''}` }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: { treatment: 'on-riluzole', courseStart: start, dailyDoseMg: 100, monitoring: 'up-to-date' },
    };
  },
};
