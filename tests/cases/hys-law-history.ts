/**
 * On riluzole 6 months; 60 days ago ALT 150 U/L (3.75×) with bilirubin 2.8 mg/dL (2.3×); since then
 * normal (ALT 38, bilirubin 0.9 ten days ago).
 * Spec §5 `liver.hys-law`: "critical when the pair includes the latest ALT/AST or bilirubin; else
 * warning ('Hy's law pattern on <date>')"; the latest bilirubin is normal: no `liver.bilirubin-elevated`.
 */
import { alsBackground, alt, bili, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'hys-law-history';

export const hysLawHistory: ClinicalCase = {
  id: ID,
  title: "On riluzole: Hy's law pattern two months ago, liver tests normal now",
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -6);
    return {
      resources: bundle(
        patient(ID, { name: 'Oscar Mendes', birthDate: '1958-01-08', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 60), { alt: 150, ast: 110, bili: 2.8 }),
        alt(ID, 5, daysBefore(asOf, 30), 60),
        bili(ID, 5, daysBefore(asOf, 30), 1.1),
        panel(ID, 6, daysBefore(asOf, 10), { alt: 38, bili: 0.9 }),
      ),
      expected: {
        treatment: 'on-riluzole',
        findings: { 'liver.hys-law': 'warning' },
        absent: ['liver.bilirubin-elevated', 'liver.transaminase-above-3x', 'liver.transaminase-stop'],
      },
    };
  },
};
