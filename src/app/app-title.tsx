import type { ReactElement } from 'react';
import { formatDate } from '../features/shared/format';
import type { PatientRecord } from '../rules/types';

interface AppTitleProps {
  /** Given when the EHR shows its own banner and ours is hidden. */
  readonly patient?: PatientRecord;
}

/**
 * The page's one h1, small: the patient banner is the visual anchor. When the EHR hides our banner
 * the patient is still named here, because some embedded browsers share sessionStorage between
 * charts, and whose data is on screen must never be in doubt. Not labelled "Patient": that name
 * belongs to the banner landmark.
 */
export function AppTitle({ patient }: AppTitleProps): ReactElement {
  return (
    <div className="rm-app-title">
      <h1>Riluzole Monitor</h1>
      {patient ? (
        <p className="rm-app-whose" data-testid="whose-data">
          for <strong>{patient.name ?? 'name not recorded'}</strong>, born{' '}
          {patient.birthDate ? formatDate(patient.birthDate) : 'date unknown'}
        </p>
      ) : null}
    </div>
  );
}
