import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment, ClinicalData } from '../../rules/types';
import { absencePhrase, availabilityFor } from '../shared/availability';
import { FindingList } from '../shared/finding-list';
import { Panel } from '../shared/panel';
import { RiluzoleRecords } from './riluzole-records';
import { SmokingStatus } from './smoking-status';

interface MedicationsPanelProps {
  readonly assessment: Assessment;
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
}

/** Spec §6: riluzole itself, the drugs that interact with it, and smoking. */
export function MedicationsPanel({ assessment, data, reads }: MedicationsPanelProps): ReactElement {
  const meds = availabilityFor(reads, 'medications');
  const interactions = assessment.findings.filter(
    (f) => f.code.startsWith('interaction.') && f.code !== 'interaction.smoking',
  );
  const smoking = assessment.findings.filter((f) => f.code === 'interaction.smoking');
  return (
    <Panel id="rm-medications" title="Medications and interactions">
      <h3>Riluzole</h3>
      <RiluzoleRecords assessment={assessment} records={data?.medications} availability={meds} />
      <h3>Interacting medications</h3>
      <FindingList
        findings={interactions}
        empty={
          meds.kind === 'complete'
            ? 'No listed interacting drug is active.'
            : absencePhrase('Interacting medications', meds)
        }
      />
      <h3>Smoking</h3>
      <SmokingStatus coded={data?.coded} availability={availabilityFor(reads, 'smoking')} />
      {smoking.length > 0 && <FindingList findings={smoking} empty="" />}
    </Panel>
  );
}
