/**
 * Baseline: ALT 22 U/L a month ago, then ALT "<300" U/L four days ago (ULN 40).
 * Spec §1: the newest ALT is "not usable for that rule" (its comparator hides the answer), and
 * §1.1 "a value that cannot be read is never read as normal": the older normal ALT must not make
 * the patient eligible. The app says so (`data.latest-unjudgeable`) and eligibility is
 * insufficient-data; the history row is not shown ("the latest results are within the ULN" would
 * be false).
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-newest-unjudgeable';

export const altNewestUnjudgeable: ClinicalCase = {
  id: ID,
  title: 'Normal ALT a month ago, then ALT "<300" U/L: the newest cannot be judged',
  sandbox: false,
  build(asOf) {
    const older = daysBefore(asOf, 30);
    const newest = daysBefore(asOf, 4);
    return {
      resources: bundle(
        patient(ID, { name: 'Harriet Lowe', birthDate: '1961-09-02', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, older, 22),
        ast(ID, 1, older, 25),
        bili(ID, 1, older, 0.6),
        alt(ID, 2, newest, 300, { comparator: '<' }),
      ),
      expected: {
        eligibility: 'insufficient-data',
        findings: { 'data.latest-unjudgeable': 'warning' },
        dataNotes: ['data.value-unreadable'],
        absent: ['baseline.transaminase-history', 'baseline.alt-missing'],
      },
      expectedOther: {
        eligibility: 'insufficient-data',
        findings: { 'data.latest-unjudgeable': 'warning' },
      },
    };
  },
};
