/**
 * New patient: ALT 84 U/L (2.1× ULN) 60 days ago, ALT 31 U/L 5 days ago.
 * Spec §4 `baseline.transaminase-history`: "an earlier ALT or AST in the window was > ULN (the latest
 * is not)": caution (warning) under both policies; the latest is normal, so no `above-uln` row.
 */
import { alsBackground, alt, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-transaminase-history';

export const baselineTransaminaseHistory: ClinicalCase = {
  id: ID,
  title: 'ALT raised 2 months ago, normal now: caution (history of abnormal liver tests)',
  sandbox: false,
  build(asOf) {
    const expected = {
      eligibility: 'caution',
      findings: { 'baseline.transaminase-history': 'warning' },
      absent: ['baseline.transaminase-above-uln'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Janet Moore', birthDate: '1962-10-10', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, daysBefore(asOf, 60), 84),
        panel(ID, 2, daysBefore(asOf, 5), { alt: 31 }),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
