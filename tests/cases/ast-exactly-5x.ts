/**
 * On riluzole 4 months; 4 days ago AST 200 U/L (exactly 5.0× ULN 40) with ALT 80 U/L (2×).
 * Spec §5: us stop "ALT or AST > 5× ULN" — exactly 5× is not above → `liver.transaminase-above-3x`
 * warning; eu stop "ALT ≥ 5×" not met and above-3x is "critical when AST ≥ 5× ULN" → critical.
 * Neither is a stop: no `liver.transaminase-stop`.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'ast-exactly-5x';

export const astExactly5x: ClinicalCase = {
  id: ID,
  title: 'On riluzole: AST exactly 5× the upper limit, ALT 2×',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Rosalind Pike', birthDate: '1962-08-31', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 4), { alt: 80, ast: 200 }),
      ),
      expected: { findings: { 'liver.transaminase-above-3x': 'warning' }, absent: ['liver.transaminase-stop'] },
      expectedOther: { findings: { 'liver.transaminase-above-3x': 'critical' }, absent: ['liver.transaminase-stop'] },
    };
  },
};
