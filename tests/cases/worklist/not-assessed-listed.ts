/**
 * Spec §10 work-up: "or the patient could not be assessed (its data could not be read) ... Never
 * ranked as if fine." Margaret Ellison (eligible on full data) could not be assessed at all; Thomas
 * Brennan's (up to date on full data) and Grace Whitaker's conditions could not be read. None of them
 * may land in the rest.
 */
import type { WorklistCase } from './case';

export const notAssessedListed: WorklistCase = {
  id: 'not-assessed-listed',
  title: 'Patients whose data could not be read or assessed are listed with the reason',
  patients: [
    { case: 'eligible-baseline-normal', notAssessed: 'the export held no readable Patient resource' },
    { case: 'on-riluzole-up-to-date', unavailable: ['conditions'] },
    { case: 'reads-failed-conditions-allergies' },
  ],
  expected: {
    // Thomas Brennan is on a riluzole order: the read failure is a warning (spec §10 rank 3).
    order: ['on-riluzole-up-to-date', 'eligible-baseline-normal', 'reads-failed-conditions-allergies'],
    ranks: {
      'on-riluzole-up-to-date': 'open-warning',
      'eligible-baseline-normal': 'work-up',
      'reads-failed-conditions-allergies': 'work-up',
    },
    incomplete: ['on-riluzole-up-to-date', 'eligible-baseline-normal', 'reads-failed-conditions-allergies'],
    topFinding: {
      'on-riluzole-up-to-date': 'data.read-failed',
      'reads-failed-conditions-allergies': 'data.read-failed',
      'eligible-baseline-normal': null,
    },
    reasonIncludes: {
      'eligible-baseline-normal': 'Could not be assessed: the export held no readable Patient resource',
    },
  },
};
