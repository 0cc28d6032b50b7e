/**
 * A first riluzole order ran from asOf − 400 to asOf − 200 days (completed); a second started
 * 90 days after the first ended.
 * Spec §1 "Courses": "a gap (next start − previous end) longer than restartGapDays (default 90) starts
 * a new course and adds the note data.new-course-assumed"; courseStart is the current course's start.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, daysBefore } from './dates';

const ID = 'restart-gap-90-days';

export const restartGap90Days: ClinicalCase = {
  id: ID,
  title: 'Riluzole restarted after a 90-day break: same course',
  sandbox: false,
  build(asOf) {
    const firstStart = daysBefore(asOf, 400);
    const firstEnd = daysBefore(asOf, 200);
    const secondStart = addDays(firstEnd, 90);
    return {
      resources: bundle(
        patient(ID, { name: 'Alan Fraser', birthDate: '1960-06-01', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 700 }),
        riluzoleRequest(ID, 1, { start: firstStart, end: firstEnd, status: 'completed' }),
        riluzoleRequest(ID, 2, { start: secondStart }),
        courseLabs(ID, firstStart, [1, 2, 3, 6]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: firstStart,
        absentDataNotes: ['data.new-course-assumed'],
      },
    };
  },
};
