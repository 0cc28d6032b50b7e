import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment, ClinicalData } from '../../rules/types';
import { availabilityFor } from '../shared/availability';
import { FindingList } from '../shared/finding-list';
import { formatDate } from '../shared/format';
import { severityLabel } from '../shared/tone';
import { Panel } from '../shared/panel';
import { StatusBadge } from '../shared/status-badge';
import { eligibilityChip } from '../shared/status-chips';
import { BaselineResults } from './baseline-results';
import { CountedConditions } from './counted-conditions';

interface EligibilityPanelProps {
  readonly assessment: Assessment;
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
}

/** Spec §4. For a patient on riluzole it judges the course start, and says so. */
export function EligibilityPanel({ assessment, data, reads }: EligibilityPanelProps): ReactElement {
  const { eligibility, treatment } = assessment;
  const timing = eligibility.timing;
  // An interaction is shown in full once, in the Medications panel; here it is named and referred to.
  const interactions = eligibility.findings.filter((f) => f.code.startsWith('interaction.'));
  const others = eligibility.findings.filter((f) => !f.code.startsWith('interaction.'));
  const atStart = treatment.status === 'on-riluzole' || treatment.status === 'paused';
  const incomplete = (['labs', 'conditions', 'allergies', 'medications'] as const).some(
    (k) => availabilityFor(reads, k).kind !== 'complete',
  );
  // On a course the badge judges the start from the baseline labs alone (the rules' startStatus):
  // a condition or drug found later is shown under "since the start", never dated back.
  const shown = eligibilityChip(assessment, reads);
  const emptyWords = incomplete
    ? 'No eligibility finding in the data read so far; some reads are incomplete (see Data notes).'
    : 'No eligibility finding: no listed condition, allergy or interacting drug was found.';
  const startFindings = eligibility.findings.filter((f) => timing?.[f.code] === 'course-start');
  const todayFindings = others.filter((f) => timing?.[f.code] !== 'course-start');
  return (
    <Panel
      id="rm-eligibility"
      title={atStart ? 'Eligibility at the course start' : 'Eligibility'}
      status={<StatusBadge tone={shown.tone}>{shown.label}</StatusBadge>}
    >
      {atStart && timing ? (
        <>
          <h3>At the course start{treatment.courseStart ? ` (${formatDate(treatment.courseStart)})` : ''}</h3>
          <p className="rm-muted">
            Liver tests from the baseline window, {formatDate(eligibility.window.from)} to{' '}
            {formatDate(eligibility.window.to)}.
          </p>
          <FindingList findings={startFindings} empty="No finding about the baseline liver tests." />
          <h3>Since the start, as recorded today</h3>
          <p className="rm-muted">
            Conditions, allergies and medicines as recorded today: a finding here may have arisen after the start.
          </p>
          <FindingList
            findings={todayFindings}
            empty={
              interactions.length > 0 && !incomplete
                ? 'No other finding.'
                : incomplete
                  ? emptyWords
                  : 'No listed condition, allergy or interacting drug was found.'
            }
          />
        </>
      ) : (
        <FindingList
          findings={others}
          empty={interactions.length > 0 && !incomplete ? 'No other eligibility finding.' : emptyWords}
        />
      )}
      {interactions.length > 0 && (
        <p className="rm-eligibility-interactions">
          Also for eligibility:{' '}
          {interactions.map((f) => `${f.title} (${severityLabel(f.severity).toLowerCase()})`).join('; ')}; shown in full
          under <a href="#rm-medications">Medications and interactions</a>.
        </p>
      )}
      <CountedConditions conditions={eligibility.conditions} />
      <BaselineResults assessment={assessment} data={data} reads={reads} />
    </Panel>
  );
}
