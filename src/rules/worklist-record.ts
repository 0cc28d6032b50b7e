/**
 * One worklist row as the command line prints it (`list --format json`, the interface outside checks
 * rely on) and as the worklist API sends it (the page's RowRecord adds what it shows). Types only:
 * the values come from src/rules/worklist.ts through src/server/worklist/format.ts.
 */
import type { Severity } from './types';
import type { ReviewState, WorklistRank } from './worklist';

/** One row as `list --format json` prints it (the interface outside checks rely on). */
export interface ListRecord {
  readonly rank: number;
  readonly tier: WorklistRank;
  readonly patientId: string;
  readonly name: string | null;
  readonly age: number | null;
  readonly treatment: string;
  readonly eligibility: string;
  readonly monitoring: string;
  readonly nextDue: string | null;
  readonly topFinding: { readonly code: string; readonly severity: Severity } | null;
  readonly action: string | null;
  readonly reviewState: ReviewState;
  readonly reason: string;
  readonly incomplete: boolean;
  readonly asOf: string;
  readonly dataAsOf: string;
}
