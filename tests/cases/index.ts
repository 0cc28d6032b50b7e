/**
 * Every clinical case, imported explicitly (one file per scenario; the file name is the case id).
 * Consumers: tests/unit/cases.test.ts (rules), the msw integration tests and the sandbox EHR.
 * The sandbox patients come first, in the order the sandbox list shows them.
 */
import type { ClinicalCase } from './case';
import { adultEighteenthBirthday } from './adult-eighteenth-birthday';
import { alsByName } from './als-by-name';
import { alsNotDocumented } from './als-not-documented';
import { alsWhoCode } from './als-who-code';
import { readsFailedConditionsAllergies } from './reads-failed-conditions-allergies';
import { altAboveUlnRecheckDueToday } from './alt-above-uln-recheck-due-today';
import { altAboveUlnRecheckGraceLastDay } from './alt-above-uln-recheck-grace-last-day';
import { altAboveUlnRecheckOverdue } from './alt-above-uln-recheck-overdue';
import { altExactly5xUkat } from './alt-exactly-5x-ukat';
import { altGreaterThan400 } from './alt-greater-than-400';
import { altLessThan300 } from './alt-less-than-300';
import { altLessThan5 } from './alt-less-than-5';
import { altNoRangeAssumed } from './alt-no-range-assumed';
import { altStopAfterMissedChecks } from './alt-stop-after-missed-checks';
import { altStopBesideMalformedComparator } from './alt-stop-beside-malformed-comparator';
import { altStopOnTreatment } from './alt-stop-on-treatment';
import { altUkat } from './alt-ukat';
import { altUnknownUnit } from './alt-unknown-unit';
import { altUnreadable } from './alt-unreadable';
import { ancBelowLabLln } from './anc-below-lab-lln';
import { ancDerivedFromWbc } from './anc-derived-from-wbc';
import { ancMeasuredWins } from './anc-measured-wins';
import { ancSameDayLowerWins } from './anc-same-day-lower-wins';
import { ancSegsPlusBands } from './anc-segs-plus-bands';
import { aspirationPneumonitisNotIld } from './aspiration-pneumonitis-not-ild';
import { astExactly5x } from './ast-exactly-5x';
import { astStopEuReview } from './ast-stop-eu-review';
import { baselineAlt3x } from './baseline-alt-3x';
import { baselineAlt5x } from './baseline-alt-5x';
import { baselineAltExactly3x } from './baseline-alt-exactly-3x';
import { baselineAltExactly5x } from './baseline-alt-exactly-5x';
import { baselineAltExactlyUln } from './baseline-alt-exactly-uln';
import { baselineBilirubinAndGgt } from './baseline-bilirubin-and-ggt';
import { baselineBilirubinElevated } from './baseline-bilirubin-elevated';
import { baselineGgtElevated } from './baseline-ggt-elevated';
import { baselineOnStartDay } from './baseline-on-start-day';
import { baselineTransaminaseHistory } from './baseline-transaminase-history';
import { baselineWindowDay90 } from './baseline-window-day-90';
import { baselineWindowDay91 } from './baseline-window-day-91';
import { bilirubinElevatedOnTreatment } from './bilirubin-elevated-on-treatment';
import { bilirubinWithAlt3x } from './bilirubin-with-alt-3x';
import { birthYearOnly } from './birth-year-only';
import { breastfeedingAfterPregnancy } from './breastfeeding-after-pregnancy';
import { ckdCondition } from './ckd-condition';
import { ckdEgfrBelow60 } from './ckd-egfr-below-60';
import { conditionsNotCounting } from './conditions-not-counting';
import { courseStartedToday } from './course-started-today';
import { courseStartedYesterdayNoLabs } from './course-started-yesterday-no-labs';
import { cyp1a2InhibitorSmoker } from './cyp1a2-inhibitor-smoker';
import { dateNotShiftedToUtc } from './date-not-shifted-to-utc';
import { doseOnceDaily } from './dose-once-daily';
import { doseTwoInstructions } from './dose-two-instructions';
import { egfrLow13MonthsAgo } from './egfr-low-13-months-ago';
import { eligibleBaselineNormal } from './eligible-baseline-normal';
import { fattyLiverOnly } from './fatty-liver-only';
import { feverWithWbcChecked } from './fever-with-wbc-checked';
import { feverWithoutWbc } from './fever-without-wbc';
import { fvcFractionNoUnit } from './fvc-fraction-no-unit';
import { fvcLowFraction } from './fvc-low-fraction';
import { gilbertIsolatedBilirubin } from './gilbert-isolated-bilirubin';
import { hepaticCirrhosis } from './hepatic-cirrhosis';
import { hysLaw } from './hys-law';
import { hysLaw8DaysApart } from './hys-law-8-days-apart';
import { hysLawAst7DaysApart } from './hys-law-ast-7-days-apart';
import { hysLawHistory } from './hys-law-history';
import { ildBeforeStart } from './ild-before-start';
import { ildByNameOnsetUnknown } from './ild-by-name-onset-unknown';
import { ildOnTreatment } from './ild-on-treatment';
import { ildOnsetOnStartDay } from './ild-onset-on-start-day';
import { interactionContraceptiveStatin } from './interaction-contraceptive-statin';
import { interactionPhenytoin } from './interaction-phenytoin';
import { altNewestUnjudgeable } from './alt-newest-unjudgeable';
import { interactionDurationInMonths } from './interaction-duration-in-months';
import { interactionRifampicinIngredient } from './interaction-rifampicin-ingredient';
import { interactionValidityPeriod } from './interaction-validity-period';
import { interactionValproateEndedFluvoxamine } from './interaction-valproate-ended-fluvoxamine';
import { labDataQuality } from './lab-data-quality';
import { labDateForms } from './lab-date-forms';
import { labOnWindowFirstDay } from './lab-on-window-first-day';
import { lateTestTimeline } from './late-test-timeline';
import { localCodeSgpt } from './local-code-sgpt';
import { medicationUnresolved } from './medication-unresolved';
import { monthlyGraceLastDay } from './monthly-grace-last-day';
import { monthlyGracePassed } from './monthly-grace-passed';
import { monthlyWindowOpensToday } from './monthly-window-opens-today';
import { monthlyWindowOpensTomorrow } from './monthly-window-opens-tomorrow';
import { motorNeuronDiseaseSuspectedAls } from './motor-neuron-disease-suspected-als';
import { neutropeniaAncCells } from './neutropenia-anc-cells';
import { noBaselineLabs } from './no-baseline-labs';
import { onRiluzoleDue } from './on-riluzole-due';
import { onRiluzoleNewestAltUnjudgeable } from './on-riluzole-newest-alt-unjudgeable';
import { onRiluzoleNoBaseline } from './on-riluzole-no-baseline';
import { onRiluzoleOverdue } from './on-riluzole-overdue';
import { onRiluzoleUpToDate } from './on-riluzole-up-to-date';
import { pancreatitisBeforeStart } from './pancreatitis-before-start';
import { pancreatitisTiglutik } from './pancreatitis-tiglutik';
import { partialDates } from './partial-dates';
import { pausedOnHold } from './paused-on-hold';
import { pediatric17 } from './pediatric-17';
import { plannedStartNextWeek } from './planned-start-next-week';
import { pregnancy } from './pregnancy';
import { pregnancyBreastfeedingTooOld } from './pregnancy-breastfeeding-too-old';
import { pregnancyCondition } from './pregnancy-condition';
import { quarterlyGraceLastDay } from './quarterly-grace-last-day';
import { quarterlyGracePassed } from './quarterly-grace-passed';
import { quarterlyWindowOpensToday } from './quarterly-window-opens-today';
import { rangeAppliesToSex } from './range-applies-to-sex';
import { rechallengeAfterStop } from './rechallenge-after-stop';
import { restartGap90Days } from './restart-gap-90-days';
import { restartGap91Days } from './restart-gap-91-days';
import { riluzoleAllergyCase } from './riluzole-allergy';
import { riluzoleBoundsDurationEnded } from './riluzole-bounds-duration-ended';
import { riluzoleContainedMedication } from './riluzole-contained-medication';
import { riluzoleIntolerance } from './riluzole-intolerance';
import { riluzoleMedicationStatement } from './riluzole-medication-statement';
import { riluzoleNoStartDate } from './riluzole-no-start-date';
import { riluzoleRecordsIgnored } from './riluzole-records-ignored';
import { riluzoleReferencedMedication } from './riluzole-referenced-medication';
import { riluzoleStartAuthoredOn } from './riluzole-start-authored-on';
import { riluzoleStatementIntended } from './riluzole-statement-intended';
import { riluzoleTextOnly } from './riluzole-text-only';
import { sameDayWorseAlt } from './same-day-worse-alt';
import { severeNeutropenia } from './severe-neutropenia';
import { smokingFormerLatest } from './smoking-former-latest';
import { smokingTextCurrent } from './smoking-text-current';
import { stopHistoryRecovered } from './stop-history-recovered';
import { stoppedWithStopAltLastWeek } from './stopped-with-stop-alt-last-week';
import { confirmAlt3xAnswered } from './confirm-alt-3x-answered';
import { confirmAlt3xDue } from './confirm-alt-3x-due';
import { confirmAlt5xAnswered } from './confirm-alt-5x-answered';
import { confirmHysLawAnswered } from './confirm-hys-law-answered';
import { confirmStoppedAnswered } from './confirm-stopped-answered';
import { supportiveOverdue } from './supportive-overdue';
import { tenYearHistory } from './ten-year-history';
import { textRanges } from './text-ranges';
import { unitsNkatIuMgl } from './units-nkat-iu-mgl';
import { weightLoss10pct } from './weight-loss-10pct';

export const ALL_CASES: readonly ClinicalCase[] = [
  // Sandbox patients
  eligibleBaselineNormal,
  noBaselineLabs,
  baselineAlt3x,
  baselineAlt5x,
  plannedStartNextWeek,
  riluzoleAllergyCase,
  pregnancy,
  onRiluzoleUpToDate,
  onRiluzoleDue,
  onRiluzoleOverdue,
  altStopAfterMissedChecks,
  altStopOnTreatment,
  hysLaw,
  severeNeutropenia,
  ildOnTreatment,
  cyp1a2InhibitorSmoker,
  doseOnceDaily,
  localCodeSgpt,
  altUkat,
  pausedOnHold,
  stoppedWithStopAltLastWeek,
  confirmStoppedAnswered,
  confirmAlt3xDue,
  rechallengeAfterStop,
  tenYearHistory,
  // Test-only cases
  altStopBesideMalformedComparator,
  adultEighteenthBirthday,
  alsByName,
  alsNotDocumented,
  alsWhoCode,
  readsFailedConditionsAllergies,
  altAboveUlnRecheckDueToday,
  altAboveUlnRecheckGraceLastDay,
  altAboveUlnRecheckOverdue,
  altExactly5xUkat,
  altGreaterThan400,
  altLessThan300,
  altLessThan5,
  altNoRangeAssumed,
  altUnknownUnit,
  altUnreadable,
  ancBelowLabLln,
  ancDerivedFromWbc,
  ancMeasuredWins,
  ancSameDayLowerWins,
  ancSegsPlusBands,
  aspirationPneumonitisNotIld,
  astExactly5x,
  astStopEuReview,
  baselineAltExactly3x,
  baselineAltExactly5x,
  baselineAltExactlyUln,
  baselineBilirubinAndGgt,
  baselineBilirubinElevated,
  baselineGgtElevated,
  baselineOnStartDay,
  baselineTransaminaseHistory,
  baselineWindowDay90,
  baselineWindowDay91,
  bilirubinElevatedOnTreatment,
  bilirubinWithAlt3x,
  birthYearOnly,
  breastfeedingAfterPregnancy,
  ckdCondition,
  ckdEgfrBelow60,
  conditionsNotCounting,
  courseStartedToday,
  courseStartedYesterdayNoLabs,
  dateNotShiftedToUtc,
  doseTwoInstructions,
  egfrLow13MonthsAgo,
  fattyLiverOnly,
  feverWithWbcChecked,
  feverWithoutWbc,
  fvcFractionNoUnit,
  fvcLowFraction,
  gilbertIsolatedBilirubin,
  hepaticCirrhosis,
  hysLaw8DaysApart,
  hysLawAst7DaysApart,
  hysLawHistory,
  ildBeforeStart,
  ildByNameOnsetUnknown,
  ildOnsetOnStartDay,
  interactionContraceptiveStatin,
  interactionPhenytoin,
  interactionDurationInMonths,
  altNewestUnjudgeable,
  interactionRifampicinIngredient,
  interactionValidityPeriod,
  interactionValproateEndedFluvoxamine,
  labDataQuality,
  labDateForms,
  labOnWindowFirstDay,
  lateTestTimeline,
  medicationUnresolved,
  monthlyGraceLastDay,
  monthlyGracePassed,
  monthlyWindowOpensToday,
  monthlyWindowOpensTomorrow,
  motorNeuronDiseaseSuspectedAls,
  neutropeniaAncCells,
  onRiluzoleNoBaseline,
  pancreatitisBeforeStart,
  pancreatitisTiglutik,
  partialDates,
  pediatric17,
  pregnancyBreastfeedingTooOld,
  pregnancyCondition,
  quarterlyGraceLastDay,
  quarterlyGracePassed,
  quarterlyWindowOpensToday,
  rangeAppliesToSex,
  restartGap90Days,
  restartGap91Days,
  riluzoleBoundsDurationEnded,
  riluzoleContainedMedication,
  riluzoleIntolerance,
  riluzoleMedicationStatement,
  riluzoleNoStartDate,
  riluzoleRecordsIgnored,
  riluzoleReferencedMedication,
  riluzoleStartAuthoredOn,
  riluzoleStatementIntended,
  riluzoleTextOnly,
  sameDayWorseAlt,
  smokingFormerLatest,
  smokingTextCurrent,
  stopHistoryRecovered,
  supportiveOverdue,
  textRanges,
  unitsNkatIuMgl,
  weightLoss10pct,
  confirmAlt3xAnswered,
  confirmAlt5xAnswered,
  confirmHysLawAnswered,
  onRiluzoleNewestAltUnjudgeable,
];

/** The cases shown in the sandbox EHR's patient list. */
export const SANDBOX_CASES: readonly ClinicalCase[] = ALL_CASES.filter((c) => c.sandbox !== false);

export type { CaseBuild, CaseExpectation, ClinicalCase } from './case';
export { CASE_AS_OF } from './case';
