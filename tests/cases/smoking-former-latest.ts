/**
 * On riluzole 4 months; smoking status "Smokes tobacco daily" 2 years ago, "Ex-smoker" 60 days ago.
 * Spec §6 `interaction.smoking`: "the latest smoking status (at any date, shown) is a current smoker":
 * the latest is former → absent. Also the free-text form "current every day smoker" is tested in
 * no other case, so the older entry uses it.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest, smoking } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'smoking-former-latest';

export const smokingFormerLatest: ClinicalCase = {
  id: ID,
  title: 'On riluzole, quit smoking two months ago',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Russell King', birthDate: '1961-03-27', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        smoking(ID, 1, daysBefore(asOf, 730), 'current', 'Current every day smoker'),
        smoking(ID, 2, daysBefore(asOf, 60), 'former'),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: { eligibility: 'eligible', absent: ['interaction.smoking'] },
    };
  },
};
