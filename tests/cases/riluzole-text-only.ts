/**
 * Riluzole written only as text "Rilutek 50mg" with the sig "1 tab twice a day" in free text.
 * Spec §2 riluzole by "code.text ... naming 'Rilutek' (case-insensitive, whole word)"; §5 "When it
 * cannot be computed: no dose finding, no dailyDoseMg, note data.dose-uncomputable".
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'riluzole-text-only';

export const riluzoleTextOnly: ClinicalCase = {
  id: ID,
  title: 'On "Rilutek 50mg" written as free text, dose not structured',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Wanda Perry', birthDate: '1958-04-04', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(
          ID,
          1,
          { start, dose: null, doseText: '1 tab twice a day' },
          { kind: 'concept', text: 'Rilutek 50mg' },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        dailyDoseMg: null,
        dataNotes: ['data.dose-uncomputable'],
        absent: ['dose.nonstandard'],
      },
    };
  },
};
