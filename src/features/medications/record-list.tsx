import type { ReactElement } from 'react';
import type { MedicationRecord } from '../../rules/types';
import { formatDate } from '../shared/format';
import { dosageWords as doseWords } from '../../rules';

function doseText(r: MedicationRecord): string {
  const texts = r.dosage.map(doseWords).filter((t): t is string => Boolean(t));
  return texts.length > 0 ? texts.join('; ') : 'no dose given';
}

/** Riluzole orders and statements, each with status, dates, dose text and FHIR id. */
export function RecordList({ records }: { readonly records: readonly MedicationRecord[] }): ReactElement {
  return (
    <ul className="rm-plain-list rm-med-records">
      {records.map((m) => (
        <li key={`${m.resourceType}/${m.id}`}>
          {m.display} — {m.status}
          {m.start ? `, from ${formatDate(m.start)}` : ', no start date'}
          {m.end ? ` to ${formatDate(m.end)}` : ''}; {doseText(m)} <code>{`${m.resourceType}/${m.id}`}</code>
        </li>
      ))}
    </ul>
  );
}
