/**
 * The rules' public API: pure clinical logic, no React, no FHIR client, no clock.
 */
export { assessRiluzole } from './assess';
export { DEFAULT_SETTINGS, SettingsError, parseSettings } from './settings';
export { ctcaeGrade, formatMultiple } from './uln';
export type { GradedAnalyte } from './uln';
export { addDays, addMonths, ageInYears, compareDates } from './dates';
export { BENEFIT_CONTEXT, sourceOf } from './sources';
export { compareFindings, mergeFindings } from './findings';
export { STOP_CODES_BY_PRIORITY } from './monitoring';
export { INTERACTION_EFFECT } from './interactions';
export { LABELLED_DOSE_WORDS } from './on-treatment';
export * from './types';
export {
  buildWorklist,
  reviewScope,
  whatIsNew,
  isCovered,
  onRiluzoleOrder,
  REVIEW_ACTIONS,
  WORKLIST_RANKS,
} from './worklist';
export type {
  Review,
  ReviewAction,
  ReviewState,
  ReviewScope,
  WorklistEntry,
  WorklistRank,
  WorklistRow,
} from './worklist';
