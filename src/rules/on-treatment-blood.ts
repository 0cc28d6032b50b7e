/**
 * On-treatment blood rows (spec §5): neutropenia (US 5.2; the stop from EU SmPC 4.4) and a fever
 * without a blood count.
 */
import { addDays } from './dates';
import { type Ctx, type Lab, evidenceOf, makeFinding } from './context';
import { ge, lt } from './interval';
import { describeLab, within } from './labs';
import type { Span } from './on-treatment-liver';
import { settingWords, sourceOf, withSettings } from './sources';
import { ANC_CRITICAL, ANC_SEVERE, ANC_WARNING } from './thresholds';
import { latestJudged, unjudgedNewest, unjudgedWords } from './transaminase';
import type { Finding, Severity } from './types';

/** RILUTEK US 5.2: patients are to report any febrile illness; said with every neutropenia finding. */
export const NEUTROPENIA_FEVER_WORDS = 'Ask about fever, and advise the patient to report any febrile illness.';

function neutropeniaSeverity(l: Lab): Severity | 'none' | undefined {
  if (!l.limit) return undefined;
  const below = lt(l.valueIv, l.limit.value);
  if (below !== true) return below === false ? 'none' : undefined;
  const critical = lt(l.valueIv, ANC_CRITICAL);
  const warning = lt(l.valueIv, ANC_WARNING);
  if (critical === undefined || warning === undefined) return critical === true ? 'critical' : undefined;
  return critical ? 'critical' : warning ? 'warning' : 'info';
}

/** Neutropenia and fever rows (spec §5) over the span. */
export function bloodFindings(ctx: Ctx, span: Span): Finding[] {
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
        `${unjudgedWords(unjudged)} cannot be judged against the neutropenia thresholds (the ` +
          `comparator hides the answer): ${standIn}. Repeat the count with a measured value.`,
        unjudged.map(evidenceOf),
        sourceOf('data.latest-unjudgeable', policy),
      ),
    );
  }
  if (anc && anc.value !== 'none') {
    const l = anc.lab;
    const severe = lt(l.valueIv, ANC_SEVERE) === true ? ' Severe neutropenia.' : '';
    // US 5.2 asks for every neutropenia: ask about fever, advise reporting febrile illness.
    const fever = ` ${NEUTROPENIA_FEVER_WORDS}`;
    // Only the EU SmPC 4.4 states a stop; the US label does not (spec v3 §5 neutropenia row).
    const eu =
      policy === 'eu'
        ? span.stoppedOn
          ? ` Riluzole was stopped on ${span.stoppedOn} (the EU SmPC advises discontinuation in case of neutropenia).`
          : ' The EU SmPC says to discontinue riluzole in case of neutropenia.'
        : anc.value === 'critical'
          ? ' The US label states no stop for neutropenia; the stop below 1.0 ×10⁹/L rests on the EU SmPC.'
          : '';
    // The stop's source is the EU SmPC under either policy: the US label does not state one.
    const sourcePolicy = policy === 'us' && anc.value === 'critical' ? 'eu' : policy;
    const derived = l.record.derived ? ' (derived from WBC × neutrophil %)' : '';
    out.push(
      makeFinding(
        'blood.neutropenia',
        anc.value,
        'Neutropenia',
        `${describeLab(l, settings)}${derived}.${severe}${fever}${eu}`,
        [evidenceOf(l)],
        sourceOf('blood.neutropenia', sourcePolicy),
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
          `Temperature ${fever.comparator ?? ''}${fever.value} °C on ${fever.date} and no WBC or ANC ` +
            `since: check for neutropenia.`,
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
