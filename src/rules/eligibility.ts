/**
 * Eligibility (spec §4): the window, every row under the active policy, and the status (the
 * worst outcome; "info only" rows change nothing; `eligible` needs a usable ALT within the ULN).
 */
import { addDays, addMonths, ageInYears, toIsoDate } from './dates';
import { type Ctx, makeFinding } from './context';
import {
  allergyEvidence,
  allergyWords,
  breastfeedingEvidence,
  conditionEvidence,
  conditionsOf,
  countedConditions,
  pregnancyEvidence,
  riluzoleAllergies,
} from './conditions';
import { type Outcome, type Row, type Window, baselineLabRows, row, severityOfOutcome } from './eligibility-labs';
import { lt } from './interval';
import { describeLab, within } from './labs';
import { settingWords, sourceOf, withSettings } from './sources';
import { readFailureRows, unavailableSources } from './read-failures';
import { ADULT_AGE_YEARS } from './thresholds';
import type { TreatmentView } from './treatment';
import type { EligibilityStatus, EligibilityTime, Evidence, Finding, FindingCode } from './types';

/** Worst first (spec §4 "Status"). */
const STATUS_ORDER: readonly EligibilityStatus[] = [
  'contraindicated',
  'not-recommended',
  'insufficient-data',
  'caution',
  'eligible',
];

/** The baseline window (spec §4): before the course start when on riluzole or paused, else before asOf. */
export function eligibilityWindow(tv: TreatmentView, ctx: Ctx): Window {
  const anchor = (tv.status === 'on-riluzole' || tv.status === 'paused') && tv.courseStart ? tv.courseStart : ctx.asOf;
  return { from: addDays(anchor, -ctx.settings.baselineDays), to: anchor };
}

export interface EligibilityResult {
  readonly status: EligibilityStatus;
  readonly window: Window;
  readonly findings: readonly Finding[];
  /** On a course only: when each row was judged, and the status of the course-start rows. */
  readonly timing?: Readonly<Partial<Record<FindingCode, EligibilityTime>>>;
  readonly startStatus?: EligibilityStatus;
  /** The counted conditions of a listed kind, with their recorded statuses; absent when conditions were unread. */
  readonly conditions?: readonly Evidence[];
}

function worstOf(rows: readonly Row[], altWithinUln: boolean): EligibilityStatus {
  let status: EligibilityStatus = 'eligible';
  for (const r of rows) {
    if (r.outcome !== 'info' && STATUS_ORDER.indexOf(r.outcome) < STATUS_ORDER.indexOf(status)) status = r.outcome;
  }
  // `eligible` needs a usable ALT within the ULN (spec §4); a row always explains why not.
  return status === 'eligible' && !altWithinUln ? 'insufficient-data' : status;
}

/**
 * Judge eligibility.
 * @param interactions - the interaction findings (warnings become caution rows; info rows show only)
 */
export function assessEligibility(ctx: Ctx, tv: TreatmentView, interactions: readonly Finding[]): EligibilityResult {
  const w = eligibilityWindow(tv, ctx);
  const onCourse = tv.status === 'on-riluzole' || tv.status === 'paused';
  const courseHasAlt =
    onCourse && tv.courseStart !== undefined && within(ctx.labs.alt, addDays(tv.courseStart, 1), ctx.asOf).length > 0;
  const labs = baselineLabRows(ctx, w, tv.earlier, courseHasAlt);
  const unavailable = unavailableSources(ctx.data.unavailable);
  const failures = readFailureRows(unavailable, ctx.policy, ctx.data.patient);
  const rows: Row[] = [...labs.rows, ...conditionRows(ctx, unavailable.includes('conditions')), ...failures];
  for (const f of interactions) {
    const outcome: Outcome = f.severity === 'info' ? 'info' : 'caution';
    rows.push({ outcome, finding: { ...f, severity: severityOfOutcome(outcome) } });
  }
  const status = worstOf(rows, labs.altWithinUln);
  // Each finding carries its row's outcome (the CDS cards tell not-recommended from caution by it).
  const findings = rows.map((r) => ({ ...r.finding, outcome: r.outcome }));
  const counted = unavailable.includes('conditions') ? {} : { conditions: countedConditions(ctx) };
  if (!onCourse) return { status, window: w, findings, ...counted };
  // The baseline labs judge the start; every other row is as recorded today (issue 12).
  const timing: Partial<Record<FindingCode, EligibilityTime>> = {};
  for (const r of rows) timing[r.finding.code] = 'today';
  // A failed read undermines the start too (spec §1 principle 6): it is listed and judged there.
  const atStart = [...labs.rows, ...failures];
  for (const r of atStart) timing[r.finding.code] = 'course-start';
  const startStatus = worstOf(atStart, labs.altWithinUln);
  return { status, window: w, findings, timing, startStatus, ...counted };
}

function conditionRows(ctx: Ctx, conditionsUnread: boolean): Row[] {
  const { policy, settings, asOf } = ctx;
  const rows: Row[] = [];
  const pick = <T>(us: T, eu: T): T => (policy === 'us' ? us : eu);

  const allergies = riluzoleAllergies(ctx);
  if (allergies.length > 0) {
    const intoleranceOnly = allergies.every((a) => a.type === 'intolerance');
    const outcome: Outcome = intoleranceOnly ? 'caution' : 'contraindicated';
    rows.push({
      outcome,
      finding: makeFinding(
        'allergy.riluzole',
        severityOfOutcome(outcome),
        intoleranceOnly ? 'Riluzole intolerance recorded' : 'Riluzole allergy recorded',
        `${allergies.map(allergyWords).join('; ')}` +
          '.' +
          (intoleranceOnly
            ? ' An intolerance, not an allergy: caution.'
            : ' Hypersensitivity to riluzole is a contraindication.'),
        allergies.map(allergyEvidence),
        sourceOf('allergy.riluzole', policy),
      ),
    });
  }

  const liver = conditionsOf(ctx, 'liver-disease');
  const fatty = conditionsOf(ctx, 'fatty-liver');
  if (liver.length > 0 || fatty.length > 0) {
    // K76.0 (fatty liver) alone is caution under both policies (spec §2).
    const outcome: Outcome = liver.length > 0 ? pick('caution', 'contraindicated') : 'caution';
    const list = liver.length > 0 ? liver : fatty;
    rows.push({
      outcome,
      finding: makeFinding(
        'condition.hepatic-disease',
        severityOfOutcome(outcome),
        'Liver disease recorded',
        `${list.map((c) => c.display).join('; ')}` +
          `${liver.length === 0 ? ' (fatty liver alone: caution under both policies)' : ''}.`,
        [...liver, ...fatty].map(conditionEvidence),
        sourceOf('condition.hepatic-disease', policy),
      ),
    });
  }

  const ild = conditionsOf(ctx, 'ild');
  if (ild.length > 0) {
    rows.push({
      outcome: 'not-recommended',
      finding: makeFinding(
        'condition.ild',
        'warning',
        'Interstitial lung disease recorded',
        `${ild.map((c) => c.display).join('; ')}: riluzole can cause interstitial lung disease.`,
        ild.map(conditionEvidence),
        sourceOf('condition.ild', policy),
      ),
    });
  }

  const preg = pregnancyEvidence(ctx);
  if (preg.length > 0) {
    const outcome = pick<Outcome>('caution', 'contraindicated');
    rows.push({
      outcome,
      finding: makeFinding(
        'condition.pregnancy',
        severityOfOutcome(outcome),
        'Pregnancy',
        preg
          .map((p) => `${p.evidence.display}${p.evidence.date ? ` on ${p.evidence.date}` : ' (date unknown)'}`)
          .join('; ') + '.',
        preg.map((p) => p.evidence),
        withSettings(
          sourceOf('condition.pregnancy', policy),
          settingWords('pregnancyLookbackDays', 'look-back', settings),
        ),
      ),
    });
  }

  const bf = breastfeedingEvidence(ctx);
  if (bf.length > 0) {
    const outcome = pick<Outcome>('caution', 'contraindicated');
    rows.push({
      outcome,
      finding: makeFinding(
        'condition.breastfeeding',
        severityOfOutcome(outcome),
        'Breast-feeding',
        'Breast-feeding recorded: ' +
          bf
            .map((p) => `${p.evidence.display}${p.evidence.date ? ` on ${p.evidence.date}` : ' (date unknown)'}`)
            .join('; ') +
          '.',
        bf.map((p) => p.evidence),
        withSettings(
          sourceOf('condition.breastfeeding', policy),
          settingWords('breastfeedingLookbackDays', 'look-back', settings),
        ),
      ),
    });
  }

  const ckd = conditionsOf(ctx, 'ckd');
  const egfrFrom = addMonths(asOf, -settings.egfrLookbackMonths);
  const lowEgfr = within(ctx.labs.egfr, egfrFrom, asOf).filter((l) => lt(l.valueIv, settings.egfrThreshold) === true);
  if (ckd.length > 0 || lowEgfr.length > 0) {
    const outcome = pick<Outcome>('info', 'not-recommended');
    const parts = [...ckd.map((c) => c.display), ...lowEgfr.map((l) => describeLab(l, settings))];
    rows.push(
      row(
        ctx,
        'condition.renal-impairment',
        outcome,
        'Renal impairment',
        `${parts.join('; ')}. Riluzole has not been studied in renal impairment.`,
        lowEgfr,
        withSettings(
          sourceOf('condition.renal-impairment', policy),
          settingWords('egfrThreshold', 'eGFR threshold', settings),
          settingWords('egfrLookbackMonths', 'eGFR look-back', settings),
        ),
      ),
    );
    if (ckd.length > 0) {
      const last = rows[rows.length - 1];
      if (last)
        rows[rows.length - 1] = {
          ...last,
          finding: { ...last.finding, evidence: [...ckd.map(conditionEvidence), ...last.finding.evidence] },
        };
    }
  }

  const age = ageInYears(ctx.data.patient.birthDate, asOf);
  if (age === undefined) {
    ctx.note('data.birthdate-missing', 'No readable birth date: paediatric use cannot be judged.', {
      resourceType: 'Patient',
      id: ctx.data.patient.id,
    });
  } else if (age < ADULT_AGE_YEARS) {
    const outcome = pick<Outcome>('caution', 'not-recommended');
    const birth = toIsoDate(ctx.data.patient.birthDate) ?? ctx.data.patient.birthDate ?? '';
    rows.push({
      outcome,
      finding: makeFinding(
        'patient.pediatric',
        severityOfOutcome(outcome),
        'Patient under 18',
        `Age ${age} on ${asOf} (born ${birth}): safety and efficacy are not established in children.`,
        [{ resourceType: 'Patient', id: ctx.data.patient.id, display: 'Birth date', date: birth }],
        sourceOf('patient.pediatric', policy),
      ),
    });
  }

  // Unread conditions are not "no ALS diagnosis": the read-failure row says so instead.
  if (!conditionsUnread && conditionsOf(ctx, 'als').length === 0) {
    rows.push({
      outcome: 'caution',
      finding: makeFinding(
        'indication.als-not-documented',
        'warning',
        'No ALS diagnosis recorded',
        'No ALS diagnosis (G12.21, G12.2, SNOMED 86044005 or the name) was found: riluzole is indicated for ALS.',
        [],
        sourceOf('indication.als-not-documented', policy),
      ),
    });
  }
  return rows;
}
