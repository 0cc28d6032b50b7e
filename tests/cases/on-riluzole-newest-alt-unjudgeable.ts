/**
 * On riluzole 4 months, ALT normal at months 1-3, then ALT "<300" U/L (ULN 40) 3 days ago.
 * Spec §1 "Display" and §1.1: a result whose comparator hides the answer cannot be judged, and a
 * value that cannot be read is never read as normal: `data.latest-unjudgeable` (warning) says the
 * older results stand in for it. The CDS patient-view hook must show it as a card (issue 10:
 * unreadable data is a card, never silence).
 */
import { alsBackground, alt, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'on-riluzole-newest-alt-unjudgeable';

export const onRiluzoleNewestAltUnjudgeable: ClinicalCase = {
  id: ID,
  title: 'On riluzole, newest ALT "<300" U/L: it cannot be judged',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Marcus Hale', birthDate: '1958-04-21', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        alt(ID, 9, daysBefore(asOf, 3), 300, { comparator: '<' }),
      ),
      expected: {
        treatment: 'on-riluzole',
        findings: { 'data.latest-unjudgeable': 'warning' },
        absent: ['liver.transaminase-stop'],
      },
    };
  },
};
