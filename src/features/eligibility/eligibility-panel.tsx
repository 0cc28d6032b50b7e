import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment, ClinicalData } from '../../rules/types';
import { availabilityFor } from '../shared/availability';
import { FindingList } from '../shared/finding-list';
import { Panel } from '../shared/panel';
import { StatusBadge } from '../shared/status-badge';
import { eligibilityLabel, eligibilityTone, qualifyReassurance } from '../shared/tone';
import { BaselineResults } from './baseline-results';

interface EligibilityPanelProps {
  readonly assessment: Assessment;
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
}

/** Spec §4. For a patient on riluzole it judges the course start, and says so. */
export function EligibilityPanel({ assessment, data, reads }: EligibilityPanelProps): ReactElement {
  const { eligibility, treatment } = assessment;
  const atStart = treatment.status === 'on-riluzole' || treatment.status === 'paused';
  const incomplete = (['labs', 'conditions', 'allergies', 'medications'] as const).some(
    (k) => availabilityFor(reads, k).kind !== 'complete',
  );
  const badge = qualifyReassurance(
    eligibilityTone(eligibility.status),
    eligibilityLabel(eligibility.status),
    availabilityFor(reads, 'labs').kind,
  );
  return (
    <Panel
      id="rm-eligibility"
      title={atStart ? 'Eligibility at the course start' : 'Eligibility'}
      status={<StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>}
    >
      <FindingList
        findings={eligibility.findings}
        empty={
          incomplete
            ? 'No eligibility finding in the data read so far; some reads are incomplete (see Data notes).'
            : 'No eligibility finding: no listed condition, allergy or interacting drug was found.'
        }
      />
      <BaselineResults assessment={assessment} data={data} reads={reads} />
    </Panel>
  );
}
