import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import { numberText } from '../../rules';
import type { Analyte, Assessment } from '../../rules/types';
import { absencePhrase, availabilityFor, availabilityOf, readsFor } from '../shared/availability';
import { FindingList } from '../shared/finding-list';
import { analyteName, formatDate, formatResultValue } from '../shared/format';
import { labsOf } from '../shared/lab-select';
import { Panel } from '../shared/panel';

interface SupportivePanelProps {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
}

const TRENDS_SHOWN = 5;

/**
 * Spec §7, as the rules decided it (`assessment.supportive`): whether it applies (ALS documented or
 * riluzole ever recorded; other patients do not see this panel) and the 12-month weight change.
 */
export function SupportivePanel({ assessment, reads }: SupportivePanelProps): ReactElement | null {
  const { applies, weightChange: change } = assessment.supportive;
  if (!applies) return null;
  const vitals = availabilityFor(reads, 'vital-signs');
  const lungs = availabilityFor(reads, 'lung-function');
  const both = availabilityOf([...readsFor(reads, 'vital-signs'), ...readsFor(reads, 'lung-function')]);
  const weights = labsOf(assessment, 'weight');
  const latestWeight = weights[0];
  const reminders = assessment.findings.filter((f) => f.code.startsWith('supportive.'));
  const latestOf = (analyte: Analyte): string => {
    const r = labsOf(assessment, analyte)[0];
    const from = analyte === 'fvcPct' ? lungs : vitals;
    return r ? `${formatResultValue(r)} on ${formatDate(r.date)}` : absencePhrase(analyteName(analyte), from);
  };
  return (
    <Panel id="rm-supportive" title="Supportive care">
      <dl className="rm-facts">
        <dt>Weight</dt>
        <dd>
          {latestWeight ? (
            <>
              {formatResultValue(latestWeight)} on {formatDate(latestWeight.date)}
              {change && (
                <>
                  ; {change.lossFraction > 0 ? `${numberText(change.lossFraction * 100)}% below` : 'not below'} the
                  highest of the 12 months before it, {formatResultValue(change.highest)} (
                  {formatDate(change.highest.date)})
                </>
              )}
            </>
          ) : (
            absencePhrase('Weight', vitals)
          )}
          {weights.length > 1 && (
            <ol className="rm-inline-list" aria-label="Recent weights, newest first">
              {weights.slice(0, TRENDS_SHOWN).map((w) => (
                <li key={w.id}>
                  {formatResultValue(w)} ({formatDate(w.date)})
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt>BMI</dt>
        <dd>{latestOf('bmi')}</dd>
        <dt>FVC % predicted</dt>
        <dd>{latestOf('fvcPct')}</dd>
      </dl>
      <h3>Reminders</h3>
      <FindingList
        findings={reminders}
        empty={
          both.kind === 'complete'
            ? 'No supportive-care reminder from the data read.'
            : absencePhrase('Reminders', both)
        }
      />
    </Panel>
  );
}
