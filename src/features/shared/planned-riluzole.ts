import type { Assessment } from '../../rules/types';

/**
 * Does the record hold a riluzole order that starts after `asOf` or is only planned? Such an order
 * does not start a course (spec §1), so the screen says "not started yet" rather than "none".
 */
export function hasPlannedRiluzole(a: Assessment): boolean {
  return a.dataNotes.some((n) => n.code === 'data.future-or-planned-order');
}
