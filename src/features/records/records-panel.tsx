import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { ClinicalData, LabRecord } from '../../rules/types';
import { availabilityFor, availabilityOf, readsFor } from '../shared/availability';
import { formatDate } from '../shared/format';
import { Panel } from '../shared/panel';
import { LabRecordsTable } from './lab-records-table';
import { RecordGroup } from './record-group';

interface RecordsPanelProps {
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
}

/** Ten years of monthly labs are thousands of rows: the newest ones answer "what did the EHR send?". */
const MAX_LAB_ROWS = 100;

function newestFirst(labs: readonly LabRecord[]): LabRecord[] {
  return [...labs].sort((a, b) => (b.dateTime ?? b.date ?? '').localeCompare(a.dateTime ?? a.date ?? ''));
}

/**
 * Every record the app read, by kind, so a clinician can check the screen against the chart.
 * The Observation group answers for every Observation read: labs, vital signs, FVC and the status reads.
 */
export function RecordsPanel({ data, reads }: RecordsPanelProps): ReactElement {
  const labReads = [
    ...new Set(
      (['labs', 'vital-signs', 'lung-function', 'smoking', 'pregnancy-status'] as const).flatMap((k) =>
        readsFor(reads, k),
      ),
    ),
  ];
  const labs = newestFirst(data?.labs ?? []);
  const meds = data?.medications ?? [];
  const conditions = data?.conditions ?? [];
  const allergies = data?.allergies ?? [];
  return (
    <Panel id="rm-records" title="Records read from the EHR">
      <RecordGroup title="Lab results" count={labs.length} availability={availabilityOf(labReads)}>
        <LabRecordsTable labs={labs.slice(0, MAX_LAB_ROWS)} olderNotShown={Math.max(0, labs.length - MAX_LAB_ROWS)} />
      </RecordGroup>
      <RecordGroup title="Medications" count={meds.length} availability={availabilityFor(reads, 'medications')}>
        <ul className="rm-plain-list rm-record-list" aria-label="Medications">
          {meds.map((m) => (
            <li key={`${m.resourceType}/${m.id}`}>
              <span className="rm-record-name">{m.display}</span> — {m.status}
              {m.resourceType === 'MedicationStatement' ? ' (patient statement)' : ''};{' '}
              {m.start ? `from ${formatDate(m.start)}` : 'no start date'}
              {m.end ? ` to ${formatDate(m.end)}` : ''}
            </li>
          ))}
        </ul>
      </RecordGroup>
      <RecordGroup title="Conditions" count={conditions.length} availability={availabilityFor(reads, 'conditions')}>
        <ul className="rm-plain-list rm-record-list" aria-label="Conditions">
          {conditions.map((c) => (
            <li key={c.id}>
              <span className="rm-record-name">
                {c.display}
                {c.code && c.code !== c.display ? ` (${c.code})` : ''}
              </span>{' '}
              — {c.clinicalStatus ?? 'clinical status not recorded'},{' '}
              {c.verificationStatus ?? 'verification status not recorded'}
              {c.counts ? '' : ' (not counted)'}; onset {c.onset ? formatDate(c.onset) : 'not recorded'}, recorded{' '}
              {c.recorded ? formatDate(c.recorded) : 'date unknown'}
            </li>
          ))}
        </ul>
      </RecordGroup>
      <RecordGroup title="Allergies" count={allergies.length} availability={availabilityFor(reads, 'allergies')}>
        <ul className="rm-plain-list rm-record-list" aria-label="Allergies">
          {allergies.map((a) => (
            <li key={a.id}>
              <span className="rm-record-name">{a.display}</span> — {a.type ?? 'type not recorded'}
              {a.counts ? '' : ' (inactive or refuted, not counted)'}; recorded{' '}
              {a.recorded ? formatDate(a.recorded) : 'date unknown'}
            </li>
          ))}
        </ul>
      </RecordGroup>
    </Panel>
  );
}
