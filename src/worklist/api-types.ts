/**
 * The worklist JSON API as the page reads it (src/server/worklist/routes.ts and format.ts serve it).
 * Kept here, not imported from src/server: the page must not depend on the server's code.
 */
import type { Assessment, DataSource, Finding, IsoDate } from '../rules/types';
import type { Review, ReviewAction } from '../rules/worklist';
import type { ListRecord } from '../rules/worklist-record';

export interface SessionInfo {
  readonly fhirUser: string;
  readonly csrfToken: string;
  readonly displayName?: string;
}

export type RunStatus = 'running' | 'complete' | 'partial' | 'failed';

export interface RunView {
  readonly id: number;
  readonly asOf: IsoDate;
  /** The export's transactionTime: when the data are as of. */
  readonly dataAsOf: string;
  readonly status: RunStatus;
  readonly groupId: string;
  readonly patientCount: number;
  /** Resource types that could not be read for any patient of the run. */
  readonly failedTypes: readonly string[];
  /** The kinds of data those types leave unread, for every patient. */
  readonly unavailable: readonly DataSource[];
}

/** One row as GET /worklist/api/rows sends it (the `list --format json` record, plus what the page shows). */
export interface RowRecord extends ListRecord {
  readonly driving: Finding | null;
  /** Why the patient could not be assessed at all (the statuses are then placeholders), or null. */
  readonly notAssessed: string | null;
  readonly assessment: Assessment;
}

export interface RowsResponse {
  readonly run: RunView | null;
  readonly rows: readonly RowRecord[];
}

/** A stored review: what the nurse did and what it covered. */
export interface StoredReview extends Review {
  readonly id: number;
  readonly patientId: string;
  /** The export run whose assessment the reviewer saw. */
  readonly runId?: number;
}

export interface PatientResponse {
  readonly run: RunView;
  readonly row: Omit<RowRecord, 'driving' | 'notAssessed' | 'assessment'> | null;
  readonly assessment: Assessment;
  readonly notAssessed: { readonly reason: string } | null;
  readonly reviews: readonly StoredReview[];
}

export interface ReviewRequest {
  readonly action: ReviewAction;
  readonly until?: IsoDate;
  readonly note?: string;
}
