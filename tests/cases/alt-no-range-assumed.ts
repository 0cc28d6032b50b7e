/**
 * ALT 50 U/L with no reference range at all.
 * Spec §1.3 "A default ULN is used only when a result carries none, and the finding then says 'ULN
 * assumed' (data.uln-assumed)"; §3 default ALT ULN 40 U/L: 1.25×, `ulnSource: "assumed"`, caution.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-no-range-assumed';

export const altNoRangeAssumed: ClinicalCase = {
  id: ID,
  title: 'ALT 50 U/L reported without a reference range (upper limit assumed)',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 6);
    return {
      resources: bundle(
        patient(ID, { name: 'Trevor Hall', birthDate: '1961-01-14', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 50, { noRange: true }),
        ast(ID, 1, day, 31),
        bili(ID, 1, day, 0.8),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        dataNotes: ['data.uln-assumed'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, value: 50, multipleOfUln: 1.25, ulnSource: 'assumed' }],
      },
    };
  },
};
