import type { ReactElement } from 'react';
import type { CodedObservationRecord } from '../../rules/types';
import { absencePhrase, type Availability } from '../shared/availability';
import { formatDate } from '../shared/format';

interface SmokingStatusProps {
  readonly coded: readonly CodedObservationRecord[] | undefined;
  readonly availability: Availability;
}

/** The latest smoking status at any date (spec §6 shows it whatever its age). */
export function SmokingStatus({ coded, availability }: SmokingStatusProps): ReactElement {
  const latest = [...(coded ?? [])]
    .filter((c) => c.kind === 'smoking')
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  if (!latest) return <p className="rm-muted">{absencePhrase('Smoking status', availability)}</p>;
  return (
    <p>
      Smoking status: {latest.valueText || 'recorded without a value'}
      {latest.date ? ` (recorded ${formatDate(latest.date)})` : ''}. <code>{`Observation/${latest.id}`}</code>
    </p>
  );
}
