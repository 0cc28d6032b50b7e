import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Analyte, Assessment, ClinicalData } from '../../rules/types';
import { absencePhrase, availabilityFor } from '../shared/availability';
import { analyteName, describeUln, formatDate, formatResultMultiple, formatResultValue } from '../shared/format';
import { latestInWindow } from '../shared/lab-select';

const BASELINE_ANALYTES: readonly Analyte[] = ['alt', 'ast', 'bilirubinTotal', 'ggt'];

interface BaselineResultsProps {
  readonly assessment: Assessment;
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
}

/** Results of the analyte in the window that the rules could not use (spec §1: reported, never dropped). */
function unusableIn(data: ClinicalData | undefined, analyte: Analyte, from: string, to: string): string | undefined {
  const bad = (data?.labs ?? []).filter(
    (l) => l.analyte === analyte && !l.usable && (l.date === undefined || (l.date >= from && l.date <= to)),
  );
  const first = bad[0];
  if (!first) return undefined;
  const why = first.notes[0]?.detail ?? 'it could not be read';
  const more = bad.length > 1 ? ` (and ${bad.length - 1} more)` : '';
  return (
    `reported as “${`${first.originalValue} ${first.originalUnit}`.trim()}` +
    `”${first.date ? ` on ${formatDate(first.date)}` : ''} but not usable: ${why}${more}`
  );
}

/** The baseline results the eligibility rows used: value, ×ULN, date, and whose ULN it is. */
export function BaselineResults({ assessment, data, reads }: BaselineResultsProps): ReactElement {
  const labs = availabilityFor(reads, 'labs');
  const { window } = assessment.eligibility;
  return (
    <>
      <h3>
        Baseline results ({formatDate(window.from)} – {formatDate(window.to)})
      </h3>
      <ul className="rm-baseline">
        {BASELINE_ANALYTES.map((analyte) => {
          const r = latestInWindow(assessment, analyte, window);
          const name = analyteName(analyte);
          if (!r) {
            const unusable = unusableIn(data, analyte, window.from, window.to);
            return (
              <li key={analyte} className={unusable ? 'rm-alert-text' : 'rm-muted'}>
                {unusable ? `${name} ${unusable}` : absencePhrase(`${name} in this window`, labs)}
              </li>
            );
          }
          return (
            <li key={analyte}>
              <strong>{name}</strong> {formatResultValue(r)}
              {formatResultMultiple(r) !== undefined && <> · {formatResultMultiple(r)}</>} · {formatDate(r.date)}
              {r.flag === 'unjudgeable' && <> · cannot be judged against the limit</>}
              {describeUln(r) && <span className="rm-ev-uln"> · {describeUln(r)}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
