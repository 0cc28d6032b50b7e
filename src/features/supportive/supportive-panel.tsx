import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Analyte, Assessment, ClinicalData } from '../../rules/types';
import { absencePhrase, availabilityFor, availabilityOf, readsFor } from '../shared/availability';
import { FindingList } from '../shared/finding-list';
import { analyteName, formatDate, formatValue } from '../shared/format';
import { labsOf } from '../shared/lab-select';
import { Panel } from '../shared/panel';
import { weightChange } from './weight-trend';

interface SupportivePanelProps {
  readonly assessment: Assessment;
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
}

/** Spec §7 applies to people with ALS or on riluzole; other patients do not see this panel. */
export function showsSupportiveCare(a: Assessment, data?: ClinicalData): boolean {
  const als = data?.conditions.some((c) => c.counts && c.kinds.includes('als')) ?? false;
  const alsByRules = !data && !a.eligibility.findings.some((f) => f.code === 'indication.als-not-documented');
  return als || alsByRules || a.treatment.status !== 'never' || a.treatment.products.length > 0;
}

const TRENDS_SHOWN = 5;

export function SupportivePanel({ assessment, data, reads }: SupportivePanelProps): ReactElement | null {
  if (!showsSupportiveCare(assessment, data)) return null;
  const vitals = availabilityFor(reads, 'vital-signs');
  const lungs = availabilityFor(reads, 'lung-function');
  const both = availabilityOf([...readsFor(reads, 'vital-signs'), ...readsFor(reads, 'lung-function')]);
  const weights = labsOf(assessment, 'weight');
  const change = weightChange(weights);
  const reminders = assessment.findings.filter((f) => f.code.startsWith('supportive.'));
  const latestOf = (analyte: Analyte): string => {
    const r = labsOf(assessment, analyte)[0];
    const from = analyte === 'fvcPct' ? lungs : vitals;
    return r ? `${formatValue(r.value, r.unit)} on ${formatDate(r.date)}` : absencePhrase(analyteName(analyte), from);
  };
  return (
    <Panel id="rm-supportive" title="Supportive care">
      <dl className="rm-facts">
        <dt>Weight</dt>
        <dd>
          {change ? (
            <>
              {formatValue(change.latest.value, change.latest.unit)} on {formatDate(change.latest.date)}
              {change.highest !== change.latest && (
                <>
                  ; {change.percent.toFixed(1)}% from the 12-month highest of{' '}
                  {formatValue(change.highest.value, change.highest.unit)} ({formatDate(change.highest.date)})
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
                  {formatValue(w.value, w.unit)} ({formatDate(w.date)})
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
