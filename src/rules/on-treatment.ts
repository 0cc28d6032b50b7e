/**
 * On-treatment findings (spec §5): which results and dates count, blood rows, condition rows,
 * dose; the liver rows live in on-treatment-liver.ts.
 */
import { addDays, minDate } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import {
  allergyEvidence,
  breastfeedingEvidence,
  conditionDate,
  conditionEvidence,
  conditionsOf,
  pregnancyEvidence,
  riluzoleAllergies,
} from './conditions';
import { ge, lt } from './interval';
import { describeLab, within } from './labs';
import { type Span, bilirubinFindings, stopAdvice, transaminaseFindings } from './on-treatment-liver';
import { settingWords, sourceOf, withSettings } from './sources';
import { latestJudged, unjudgedNewest, unjudgedWords } from './transaminase';
import { ANC_CRITICAL, ANC_SEVERE, ANC_WARNING, STANDARD_DAILY_DOSE_MG } from './thresholds';
import type { TreatmentView } from './treatment';
import type { Finding, Severity } from './types';

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
  const out = [...transaminaseFindings(ctx, span), ...bilirubinFindings(ctx, span), ...bloodFindings(ctx, span)];
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

function neutropeniaSeverity(l: Lab): Severity | 'none' | undefined {
  if (!l.limit) return undefined;
  const below = lt(l.valueIv, l.limit.value);
  if (below !== true) return below === false ? 'none' : undefined;
  const critical = lt(l.valueIv, ANC_CRITICAL);
  const warning = lt(l.valueIv, ANC_WARNING);
  if (critical === undefined || warning === undefined) return critical === true ? 'critical' : undefined;
  return critical ? 'critical' : warning ? 'warning' : 'info';
}

function bloodFindings(ctx: Ctx, span: Span): Finding[] {
  const { policy, settings, asOf } = ctx;
  const out: Finding[] = [];
  const ancs = within(ctx.labs.anc, span.from, span.to);
  const anc = latestJudged(ancs, neutropeniaSeverity, 'the neutropenia rule', ctx);
  const unjudged = unjudgedNewest(ancs, neutropeniaSeverity);
  if (unjudged.length > 0) {
    const standIn = anc
      ? 'the older result stands in for it and may understate it'
      : 'no ANC since the course start can be judged';
    out.push(
      makeFinding(
        'data.latest-unjudgeable',
        'warning',
        'Newest neutrophil count cannot be judged',
        `${unjudgedWords(unjudged)} cannot be judged against the neutropenia thresholds (the comparator hides the answer): ${standIn}. Repeat the count with a measured value.`,
        unjudged.map(evidenceOf),
        sourceOf('data.latest-unjudgeable', policy),
      ),
    );
  }
  if (anc && anc.value !== 'none') {
    const l = anc.lab;
    const severe = lt(l.valueIv, ANC_SEVERE) === true ? ' Severe neutropenia (US 5.2).' : '';
    const euStop = span.stoppedOn
      ? ` Riluzole was stopped on ${span.stoppedOn} (EU 4.4 advises discontinuation in case of neutropenia).`
      : ' EU 4.4: discontinue in case of neutropenia.';
    const eu = policy === 'eu' ? euStop : '';
    const derived = l.record.derived ? ' (derived from WBC × neutrophil %)' : '';
    out.push(
      makeFinding(
        'blood.neutropenia',
        anc.value,
        'Neutropenia',
        `${describeLab(l, settings)}${derived}.${severe}${eu}`,
        [evidenceOf(l)],
        sourceOf('blood.neutropenia', policy),
      ),
    );
  }
  const from = addDays(asOf, -settings.feverLookbackDays);
  const fevers = within(ctx.labs.temperature, from > span.from ? from : span.from, span.to).filter(
    (t) => ge(t.valueIv, settings.feverCelsius) === true,
  );
  const fever = fevers[0];
  if (fever) {
    const checked = [...ctx.labs.wbc, ...ctx.labs.anc].some((c) => c.date >= fever.date);
    if (!checked) {
      out.push(
        makeFinding(
          'blood.fever-check-wbc',
          'warning',
          'Fever without a blood count',
          `Temperature ${fever.comparator ?? ''}${fever.value} °C on ${fever.date} and no WBC or ANC since: check for neutropenia.`,
          [evidenceOf(fever)],
          withSettings(
            sourceOf('blood.fever-check-wbc', policy),
            settingWords('feverCelsius', 'fever', settings),
            settingWords('feverLookbackDays', 'look-back', settings),
          ),
        ),
      );
    }
  }
  return out;
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
        `${ild.map((c) => `${c.display} (${conditionDate(c) ?? 'date unknown'})`).join('; ')}.${critical ? ` ${start ? `Dated on or after the course start (${start})` : 'The course start is unknown'}${newIld.some((c) => conditionDate(c) === undefined) ? ', or undated' : ''}: ${stopAdvice(tv.stoppedOn, 'discontinue riluzole')}.` : ` Known before the course start (${start ?? 'date unknown'}): review.`}`,
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
        `${panc.map((c) => `${c.display} (${conditionDate(c) ?? 'date unknown'})`).join('; ')}: ${stopAdvice(tv.stoppedOn, 'stop riluzole if pancreatitis is suspected')}.`,
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
        `${allergies.map((a) => `${a.display} (${a.type ?? 'allergy'})`).join('; ')}${tv.stoppedOn ? `; riluzole was stopped on ${tv.stoppedOn}` : ' while on riluzole'}.`,
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
        `Pregnancy recorded: ${preg.map((p) => `${p.evidence.display} (${p.evidence.date ?? 'date unknown'})`).join('; ')}.`,
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
        `Breast-feeding recorded: ${bf.map((p) => `${p.evidence.display} (${p.evidence.date ?? 'date unknown'})`).join('; ')}.`,
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
        `${[...liver, ...fatty].map((c) => c.display).join('; ')}.${liver.length === 0 ? ' Fatty liver alone: caution under both policies.' : ''}`,
        [...liver, ...fatty].map(conditionEvidence),
        sourceOf('condition.hepatic-disease', policy),
      ),
    );
  }
  return out;
}
