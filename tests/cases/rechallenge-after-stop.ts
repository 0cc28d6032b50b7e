/**
 * A course from asOf − 600 to asOf − 400 days was stopped after ALT 260 U/L (6.5× ULN) on day −420;
 * ALT recovered (90, then 34); ALT 30 U/L 20 days ago; restart considered.
 * Spec §4 `baseline.rechallenge`: "an earlier riluzole course had a result at the stop threshold":
 * us caution, eu not-recommended (EU 4.4 "readministration cannot be recommended"), both warning.
 * §5 over the last course and 90 days after it, the latest ALT (34, day −330) is normal: no
 * `liver.transaminase-stop`. Monitoring `not-applicable` (stopped, no critical row).
 */
import { alsBackground, alt, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'rechallenge-after-stop';

export const rechallengeAfterStop: ClinicalCase = {
  id: ID,
  title: 'Riluzole stopped a year ago for ALT 6.5× the upper limit: restart?',
  sandbox: true,
  build(asOf) {
    const d = (n: number): string => daysBefore(asOf, n);
    return {
      resources: bundle(
        patient(ID, { name: 'Nadia Haddad', birthDate: '1965-04-02', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 800, weightKg: 58.3, fvcPct: 62 }),
        riluzoleRequest(ID, 1, { start: d(600), end: d(400), status: 'stopped' }),
        panel(ID, 1, d(605)),
        panel(ID, 2, d(570)),
        panel(ID, 3, d(540)),
        panel(ID, 4, d(420), { alt: 260, ast: 170 }),
        alt(ID, 5, d(380), 90),
        alt(ID, 6, d(330), 34),
        panel(ID, 7, d(20), { alt: 30 }),
      ),
      expected: {
        treatment: 'stopped',
        eligibility: 'caution',
        monitoring: 'not-applicable',
        findings: { 'baseline.rechallenge': 'warning' },
        absent: ['liver.transaminase-stop', 'baseline.transaminase-above-uln'],
      },
      expectedOther: {
        eligibility: 'not-recommended',
        findings: { 'baseline.rechallenge': 'warning' },
      },
    };
  },
};
