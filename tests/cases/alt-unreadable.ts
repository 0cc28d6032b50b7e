/**
 * The only ALT in the window is the string "see comment".
 * Spec §1 "A value that cannot be read is reported, never dropped silently and never read as normal";
 * §2 `data.value-unreadable`; no usable ALT → `baseline.alt-missing`, insufficient-data.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-unreadable';

export const altUnreadable: ClinicalCase = {
  id: ID,
  title: 'ALT reported as "see comment": insufficient data',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 6);
    return {
      resources: bundle(
        patient(ID, { name: 'Neil Foster', birthDate: '1957-09-01', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, undefined, { valueString: 'see comment' }),
        ast(ID, 1, day, 22),
        bili(ID, 1, day, 0.6),
      ),
      expected: {
        eligibility: 'insufficient-data',
        findings: { 'baseline.alt-missing': 'warning' },
        dataNotes: ['data.value-unreadable'],
      },
    };
  },
};
