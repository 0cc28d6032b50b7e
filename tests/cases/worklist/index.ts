/** Every worklist case (tests/unit/rules/worklist-cases.test.ts runs them). */
import type { WorklistCase } from './case';
import { lateFiledAltReopens } from './late-filed-alt-reopens';
import { newCodeReopens } from './new-code-reopens';
import { notAssessedListed } from './not-assessed-listed';
import { ranksOneOfEach } from './ranks-one-of-each';
import { reviewedRowsBelowOpen } from './reviewed-rows-below-open';
import { snoozeEnds } from './snooze-ends';
import { tieOrders } from './tie-orders';

export const WORKLIST_CASES: readonly WorklistCase[] = [
  ranksOneOfEach,
  tieOrders,
  reviewedRowsBelowOpen,
  lateFiledAltReopens,
  newCodeReopens,
  snoozeEnds,
  notAssessedListed,
];
