/**
 * The worklist database (the only SQL in the repository): export runs, the assessment of each
 * patient per run, and the nurses' review actions. It persists; it does not judge: the ranking and
 * the re-open rule are src/rules/worklist.ts.
 */
import type { WorklistEntry } from '../../rules/worklist';
import type { Db } from './database';
import { assessmentsOfRun, currentRun, type Run } from './runs';
import { allReviews } from './reviews';

export { openDatabase, migrate, StoreError, type Db } from './database';
export { MIGRATIONS, type Migration } from './migrations';
export * from './runs';
export * from './reviews';

/** The current run's patients with their reviews, ready for buildWorklist; undefined before any run. */
export function currentEntries(db: Db): { run: Run; entries: WorklistEntry[] } | undefined {
  const run = currentRun(db);
  if (!run) return undefined;
  const reviews = allReviews(db);
  const entries = assessmentsOfRun(db, run.id).map((s): WorklistEntry => ({
    assessment: s.assessment,
    reviews: reviews.get(s.patientId) ?? [],
    ...(s.notAssessed ? { notAssessed: s.notAssessed } : {}),
  }));
  return { run, entries };
}
