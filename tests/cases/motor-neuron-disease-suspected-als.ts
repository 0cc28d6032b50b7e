/**
 * Motor neuron disease coded G12.20 (unspecified), the clinician's text reading "Motor neuron
 * disease, suspected amyotrophic lateral sclerosis"; no ALS code; normal labs.
 * Spec §2 ALS: "G12.20 and G12.29 (other motor neuron disease) do not count": the ALS words in the
 * text do not make it ALS by name. §4 `indication.als-not-documented`: caution (warning).
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'motor-neuron-disease-suspected-als';

export const motorNeuronDiseaseSuspectedAls: ClinicalCase = {
  id: ID,
  title: 'Motor neuron disease G12.20, "suspected ALS" in the text: indication not documented',
  sandbox: false,
  build(asOf) {
    const expected = {
      eligibility: 'caution',
      findings: { 'indication.als-not-documented': 'warning' },
      absentDataNotes: ['data.matched-by-name'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Harold Lindqvist', birthDate: '1958-03-07', gender: 'male' }),
        alsBackground(ID, asOf, { noAls: true }),
        condition(ID, 'mnd', DX.mndUnspecified, {
          text: 'Motor neuron disease, suspected amyotrophic lateral sclerosis',
          onset: daysBefore(asOf, 120),
          recorded: daysBefore(asOf, 60),
        }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
