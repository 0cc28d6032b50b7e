/**
 * The rules' public API: pure clinical logic, no React, no FHIR client, no clock.
 */
export { assessRiluzole } from './assess';
export { DEFAULT_SETTINGS, SettingsError, parseSettings } from './settings';
export { ctcaeGrade, formatMultiple } from './uln';
export {
  comparatorSign,
  conditionStatusText,
  isOutsideLimit,
  limitFlag,
  multipleText,
  numberText,
  resultText,
  resultWords,
  unitText,
  valueText,
} from './display';
export type { ResultWords } from './display';
export type { GradedAnalyte } from './uln';
export { addDays, addMonths, ageInYears, compareDates } from './dates';
export { BENEFIT_CONTEXT, sourceOf } from './sources';
export { compareFindings, mergeFindings } from './findings';
export { STOP_CODES_BY_PRIORITY } from './monitoring';
export { INTERACTION_EFFECT } from './interactions';
export { TRANSAMINASE_STOP_SUBJECT } from './on-treatment-liver';
export { LABELLED_DOSE_WORDS } from './on-treatment';
export { NOT_ASSESSED_PARTS, NOT_ASSESSED_WORDS } from './guard';
export * from './types';
export * from './thresholds';
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
export { dosageWords, dosagesWords } from './dose-words';
