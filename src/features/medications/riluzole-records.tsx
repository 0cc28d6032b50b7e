import type { ReactElement } from 'react';
import type { Assessment, MedicationRecord } from '../../rules/types';
import type { Availability } from '../shared/availability';
import { absencePhrase } from '../shared/availability';
import { formatDate } from '../shared/format';
import { hasPlannedRiluzole } from '../shared/planned-riluzole';
import { RecordList } from './record-list';

interface RiluzoleRecordsProps {
  readonly assessment: Assessment;
  readonly records: readonly MedicationRecord[] | undefined;
  readonly availability: Availability;
}

/** Newest records first; a ten-year course has one order a year. */
const RECORDS_SHOWN = 3;

/** The riluzole products on record, with the daily dose the rules computed and the course start. */
export function RiluzoleRecords({ assessment, records, availability }: RiluzoleRecordsProps): ReactElement {
  const { treatment } = assessment;
  const riluzole = (records ?? [])
    .filter((m) => m.isRiluzole)
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  const shown = riluzole.slice(0, RECORDS_SHOWN);
  const older = riluzole.slice(RECORDS_SHOWN);
  const current = treatment.status === 'on-riluzole' || treatment.status === 'paused';
  // Whether the dose is the labelled one is the rules' call (dose.nonstandard), not the panel's.
  const nonstandard = assessment.findings.some((f) => f.code === 'dose.nonstandard');
  const mgWords =
    treatment.dailyDoseMg !== undefined
      ? `${treatment.dailyDoseMg} mg a day${nonstandard ? ' (not the labelled dose)' : ' (the labelled dose)'}`
      : undefined;
  // The rules compute a dose only from a record covering today: a stopped course has none to compute.
  const dose =
    treatment.status === 'paused'
      ? 'on hold' +
        (mgWords ? `; the dose on the order on hold is ${mgWords}` : '; the dose on the order could not be computed')
      : mgWords !== undefined
        ? mgWords
        : current
          ? 'daily dose could not be computed from the record'
          : treatment.status === 'never' && hasPlannedRiluzole(assessment)
            ? 'not started yet (a future or planned order)'
            : 'no current order (see the records below)';
  // A planned order's own start (the record the rules noted as future or planned), not "start unknown".
  const plannedIds = new Set(
    assessment.dataNotes.filter((n) => n.code === 'data.future-or-planned-order').map((n) => n.id),
  );
  const plannedStart = riluzole.find((m) => plannedIds.has(m.id) && m.start !== undefined)?.start;
  const startWords = treatment.courseStart
    ? `; course started ${formatDate(treatment.courseStart)}`
    : treatment.status === 'never' && plannedStart
      ? `; planned to start ${formatDate(plannedStart)}`
      : treatment.status === 'never'
        ? ''
        : '; course start unknown';
  if (riluzole.length === 0 && treatment.products.length === 0) {
    return <p className="rm-muted">{absencePhrase('Riluzole order or statement', availability)}</p>;
  }
  return (
    <>
      <p>
        {treatment.products.length > 0 ? treatment.products.join(', ') : 'Riluzole'}: {dose}
        {startWords}.
      </p>
      {shown.length > 0 && <RecordList records={shown} />}
      {older.length > 0 && (
        <details>
          <summary>{older.length} older riluzole records</summary>
          <RecordList records={older} />
        </details>
      )}
    </>
  );
}
