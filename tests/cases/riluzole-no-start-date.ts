/**
 * An active riluzole order with no start anywhere (no boundsPeriod, no authoredOn).
 * Spec §1: "A record without a start gives the note data.course-start-unknown"; "a current record with
 * no start covers asOf"; "With no start date at all: no courseStart, and monitoring is due with
 * nextDue = asOf, never up-to-date".
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'riluzole-no-start-date';

export const riluzoleNoStartDate: ClinicalCase = {
  id: ID,
  title: 'On riluzole, order without any start date',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Clifford Ames', birthDate: '1954-08-17', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, {}),
        panel(ID, 1, daysBefore(asOf, 20)),
      ),
      expected: {
        treatment: 'on-riluzole',
        noCourseStart: true,
        monitoring: 'due',
        nextDue: asOf,
        dataNotes: ['data.course-start-unknown'],
      },
    };
  },
};
