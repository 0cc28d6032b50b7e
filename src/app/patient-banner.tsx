import type { ReactElement } from 'react';
import type { PatientRecord } from '../rules/types';

interface PatientBannerProps {
  readonly patient: PatientRecord;
}

/** Whose data is on screen: always visible unless the EHR shows its own banner. */
export function PatientBanner({ patient }: PatientBannerProps): ReactElement {
  return (
    <header className="rm-patient-banner" aria-label="Patient">
      <strong className="rm-patient-name">{patient.name ?? 'Name not recorded'}</strong>
      <span>
        {' · '}Born {patient.birthDate ?? 'unknown'}
      </span>
      <span>
        {' · '}Sex {patient.sex ?? 'unknown'}
      </span>
      <span>
        {' · '}Patient id {patient.id}
      </span>
    </header>
  );
}
