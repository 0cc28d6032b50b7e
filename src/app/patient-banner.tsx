import type { ReactElement } from 'react';
import { formatDate } from '../features/shared/format';
import type { PatientRecord } from '../rules/types';

interface PatientBannerProps {
  readonly patient: PatientRecord;
}

/** Whose data is on screen: always visible unless the EHR shows its own banner. */
export function PatientBanner({ patient }: PatientBannerProps): ReactElement {
  return (
    <header className="rm-patient-banner" aria-label="Patient">
      <strong className="rm-patient-name">{patient.name ?? 'Name not recorded'}</strong>
      <span className="rm-banner-facts">
        <span>Born {patient.birthDate ? formatDate(patient.birthDate) : 'date unknown'}</span>
        {' · '}
        <span>Sex {patient.sex ?? 'unknown'}</span>
        {' · '}
        <span>
          Patient id <code>{patient.id}</code>
        </span>
      </span>
    </header>
  );
}
