import type { ReactElement } from 'react';
import { formatDate } from '../features/shared/format';
import { ageInYears } from '../rules';
import type { PatientRecord } from '../rules/types';

interface PatientBannerProps {
  readonly patient: PatientRecord;
  /** The date the screen is assessed on (age is shown as of it). */
  readonly asOf: string;
  /**
   * Set while the Patient resource is not in: "loading", or "failed" when its read failed (the id
   * from the launch is still shown, so whose chart this is stays clear).
   */
  readonly unread?: 'loading' | 'failed';
}

/** Whose data is on screen: always visible unless the EHR shows its own banner. */
export function PatientBanner({ patient, asOf, unread }: PatientBannerProps): ReactElement {
  if (unread) {
    return (
      <header className="rm-patient-banner" aria-label="Patient">
        <strong className="rm-patient-name">
          {unread === 'loading' ? 'Reading patient details…' : 'Patient details could not be read'}
        </strong>
        <span className="rm-banner-facts">
          Patient id <code>{patient.id}</code>
        </span>
      </header>
    );
  }
  // Age matters to the rules (under 18) and to the reader; a partial birth date reads as its first day.
  const age = patient.birthDate ? ageInYears(patient.birthDate, asOf) : undefined;
  return (
    <header className="rm-patient-banner" aria-label="Patient">
      <strong className="rm-patient-name">{patient.name ?? 'Name not recorded'}</strong>
      <span className="rm-banner-facts">
        <span>
          {patient.birthDate
            ? `Born ${formatDate(patient.birthDate)}${age !== undefined ? ` (age ${age})` : ''}`
            : 'Birth date not recorded'}
        </span>
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
