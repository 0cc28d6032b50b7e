/**
 * On riluzole 4 months with bulbar ALS and an aspiration pneumonitis (J69.0) last month.
 * Spec §2 ILD: "never 'aspiration pneumonitis' (J69.0, common in bulbar ALS)": no `condition.ild`.
 */
import { alsBackground, bundle, condition, courseLabs, DX, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'aspiration-pneumonitis-not-ild';

export const aspirationPneumonitisNotIld: ClinicalCase = {
  id: ID,
  title: 'On riluzole, aspiration pneumonitis (not interstitial lung disease)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Arthur Benson', birthDate: '1947-11-21', gender: 'male' }),
        alsBackground(ID, asOf),
        condition(ID, 'dysphagia', DX.dysphagia, { onset: daysBefore(asOf, 300) }),
        condition(ID, 'aspiration', DX.aspirationPneumonitis, {
          onset: daysBefore(asOf, 30),
          clinicalStatus: 'resolved',
        }),
        condition(ID, 'aspiration2', DX.aspirationPneumonitis, { onset: daysBefore(asOf, 10) }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        eligibility: 'eligible',
        monitoring: 'up-to-date',
        absent: ['condition.ild'],
      },
    };
  },
};
