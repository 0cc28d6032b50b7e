import { useEffect, useState, type ReactElement } from 'react';
import type { PatientRecord } from '../../rules/types';
import { formatDate, formatInstant } from '../shared/format';

interface PrintHeaderProps {
  readonly patient?: PatientRecord;
}

/** Shown only on paper: a printout leaves the EHR's banner behind, so it names the patient itself. */
export function PrintHeader({ patient }: PrintHeaderProps): ReactElement {
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const update = (): void => setPrintedAt(new Date().toISOString());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return (
    <div className="rm-print-only rm-print-header">
      <p>
        <strong>Riluzole Monitor</strong> — {patient?.name ?? 'Patient name not available'}
        {patient?.birthDate ? `, born ${formatDate(patient.birthDate)}` : ''}
        {patient?.id ? ` (FHIR Patient/${patient.id})` : ''}
      </p>
      <p>Printed {formatInstant(printedAt)}</p>
    </div>
  );
}
