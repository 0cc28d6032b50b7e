/**
 * On-treatment findings (spec §5): which results and dates count, blood rows, condition rows,
 * dose; the liver rows live in on-treatment-liver.ts.
 */
import { addDays, minDate } from './dates';
import { type Ctx, makeFinding } from './context';
import {
  allergyEvidence,
  allergyWords,
  breastfeedingEvidence,
  conditionDate,
  conditionEvidence,
  conditionsOf,
  pregnancyEvidence,
  riluzoleAllergies,
} from './conditions';
import {
  MONITOR_MORE_WORDS,
  type Span,
  bilirubinFindings,
  stopAdvice,
  transaminaseFindings,
} from './on-treatment-liver';
import { bloodFindings } from './on-treatment-blood';
import { settingWords, sourceOf, withSettings } from './sources';
import { STANDARD_DAILY_DOSE_MG } from './thresholds';
import type { TreatmentView } from './treatment';
import type { Finding, Severity } from './types';

export { NEUTROPENIA_FEVER_WORDS } from './on-treatment-blood';
/** The labelled dose in words, for the finding and the screen's summary line alike. */
export const LABELLED_DOSE_WORDS = 'the labelled dose is 50 mg twice a day (100 mg)';

export type TreatmentSpan = Span;

/**
 * Which results the on-treatment rows read: after the course start up to asOf; for a stopped
 * course, up to restartGapDays after its end (a stop-level ALT last week is not hidden by a stop
 * yesterday). With no known start, the last baselineDays (our choice: the spec leaves it open).
 */
export function treatmentSpan(tv: TreatmentView, ctx: Ctx): TreatmentSpan | undefined {
  const { asOf, settings } = ctx;
  switch (tv.status) {
    case 'never':
      return undefined;
    case 'on-riluzole':
    case 'paused':
      return tv.courseStart
        ? { from: addDays(tv.courseStart, 1), to: asOf }
        : { from: addDays(asOf, -settings.baselineDays), to: asOf };
    case 'stopped': {
      // After the gap the course is history: the eligibility rechallenge row speaks for it.
      if (!tv.course) return undefined;
      const until = addDays(tv.course.end ?? asOf, settings.restartGapDays);
      if (asOf > until) return undefined;
      return {
        from: addDays(tv.course.start, 1),
        to: minDate(until, asOf),
        ...(tv.stoppedOn ? { stoppedOn: tv.stoppedOn } : {}),
      };
    }
  }
}

/** Every section 5 row except the schedule's own findings. */
export function onTreatmentFindings(ctx: Ctx, tv: TreatmentView, span: TreatmentSpan): Finding[] {
  const liver = withoutMonitorMoreUnderStop([...transaminaseFindings(ctx, span), ...bilirubinFindings(ctx, span)]);
  const out = [...liver, ...bloodFindings(ctx, span)];
  out.push(...conditionFindings(ctx, tv));
  if (tv.dailyDoseMg !== undefined && Math.abs(tv.dailyDoseMg - STANDARD_DAILY_DOSE_MG) > 1e-9) {
    out.push(
      makeFinding(
        'dose.nonstandard',
        'warning',
        'Non-standard riluzole dose',
        `The recorded daily dose is ${tv.dailyDoseMg} mg; ${LABELLED_DOSE_WORDS}.`,
        tv.evidence.filter((e) => tv.course?.records.some((r) => r.id === e.id) ?? true),
        sourceOf('dose.nonstandard', ctx.policy),
      ),
    );
  }
  return out;
}

/** The words of the above-3× row when a critical bilirubin or Hy's law row asks to discontinue for it. */
export const PART_OF_STOP_WORDS = 'Part of the liver injury that calls for discontinuation: see that finding.';

/**
 * "Monitor more often" must not sit under a "discontinue" for the same result (issue 12): when a
 * critical Hy's law or bilirubin row cites the above-3× row's results, that row points to it instead.
 */
function withoutMonitorMoreUnderStop(rows: readonly Finding[]): Finding[] {
  const stopIds = new Set(
    rows
      .filter((f) => f.severity === 'critical' && (f.code === 'liver.hys-law' || f.code === 'liver.bilirubin-elevated'))
      .flatMap((f) => f.evidence.map((e) => e.id)),
  );
  return rows.map((f) =>
    f.code === 'liver.transaminase-above-3x' &&
    f.severity === 'warning' &&
    f.evidence.some((e) => stopIds.has(e.id)) &&
    f.detail.endsWith(MONITOR_MORE_WORDS)
      ? { ...f, detail: `${f.detail.slice(0, -MONITOR_MORE_WORDS.length)}${PART_OF_STOP_WORDS}` }
      : f,
  );
}

function conditionFindings(ctx: Ctx, tv: TreatmentView): Finding[] {
  const { policy } = ctx;
  const out: Finding[] = [];
  const start = tv.courseStart;
  const sev = (us: Severity, eu: Severity): Severity => (policy === 'us' ? us : eu);
  const onOrAfterStart = (d: string | undefined): boolean => d === undefined || start === undefined || d >= start;

  const ild = conditionsOf(ctx, 'ild');
  if (ild.length > 0) {
    const newIld = ild.filter((c) => onOrAfterStart(conditionDate(c)));
    const critical = newIld.length > 0;
    out.push(
      makeFinding(
        'condition.ild',
        critical ? 'critical' : 'warning',
        'Interstitial lung disease',
        `${ild.map((c) => `${c.display} (${conditionDate(c) ?? 'date unknown'})`).join('; ')}` +
          '.' +
          (critical
            ? ' ' +
              (start ? `Dated on or after the course start (${start})` : 'The course start is unknown') +
              (newIld.some((c) => conditionDate(c) === undefined) ? ', or undated' : '') +
              `: ${stopAdvice(tv.stoppedOn, 'discontinue riluzole')}.`
            : ` Known before the course start (${start ?? 'date unknown'}): review.`),
        ild.map(conditionEvidence),
        sourceOf('condition.ild', policy),
      ),
    );
  }
  const panc = conditionsOf(ctx, 'pancreatitis').filter((c) => onOrAfterStart(conditionDate(c)));
  if (panc.length > 0) {
    out.push(
      makeFinding(
        'condition.pancreatitis',
        'critical',
        'Acute pancreatitis on treatment',
        `${panc.map((c) => `${c.display} (${conditionDate(c) ?? 'date unknown'})`).join('; ')}` +
          `: ${stopAdvice(tv.stoppedOn, 'stop riluzole if pancreatitis is suspected')}.`,
        panc.map(conditionEvidence),
        sourceOf('condition.pancreatitis', policy),
      ),
    );
  }
  const allergies = riluzoleAllergies(ctx);
  if (allergies.length > 0) {
    const intoleranceOnly = allergies.every((a) => a.type === 'intolerance');
    out.push(
      makeFinding(
        'allergy.riluzole',
        intoleranceOnly ? 'warning' : 'critical',
        'Riluzole allergy recorded',
        `${allergies.map(allergyWords).join('; ')}` +
          `${tv.stoppedOn ? `; riluzole was stopped on ${tv.stoppedOn}` : ' while on riluzole'}` +
          `.`,
        allergies.map(allergyEvidence),
        sourceOf('allergy.riluzole', policy),
      ),
    );
  }
  const preg = pregnancyEvidence(ctx);
  if (preg.length > 0) {
    out.push(
      makeFinding(
        'condition.pregnancy',
        sev('warning', 'critical'),
        'Pregnancy on riluzole',
        `${preg.map((p) => `${p.evidence.display} (${p.evidence.date ?? 'date unknown'})`).join('; ')}.`,
        preg.map((p) => p.evidence),
        withSettings(
          sourceOf('condition.pregnancy', policy),
          settingWords('pregnancyLookbackDays', 'look-back', ctx.settings),
        ),
      ),
    );
  }
  const bf = breastfeedingEvidence(ctx);
  if (bf.length > 0) {
    out.push(
      makeFinding(
        'condition.breastfeeding',
        sev('warning', 'critical'),
        'Breast-feeding on riluzole',
        `Breast-feeding ` +
          `recorded: ${bf.map((p) => `${p.evidence.display} (${p.evidence.date ?? 'date unknown'})`).join('; ')}.`,
        bf.map((p) => p.evidence),
        withSettings(
          sourceOf('condition.breastfeeding', policy),
          settingWords('breastfeedingLookbackDays', 'look-back', ctx.settings),
        ),
      ),
    );
  }
  const liver = conditionsOf(ctx, 'liver-disease');
  const fatty = conditionsOf(ctx, 'fatty-liver');
  if (liver.length > 0 || fatty.length > 0) {
    const s: Severity = liver.length > 0 ? sev('warning', 'critical') : 'warning';
    out.push(
      makeFinding(
        'condition.hepatic-disease',
        s,
        'Liver disease on riluzole',
        `${[...liver, ...fatty].map((c) => c.display).join('; ')}` +
          `.${liver.length === 0 ? ' Fatty liver alone: caution under both policies.' : ''}`,
        [...liver, ...fatty].map(conditionEvidence),
        sourceOf('condition.hepatic-disease', policy),
      ),
    );
  }
  return out;
}
