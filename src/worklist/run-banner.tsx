import type { ReactElement } from 'react';
import { formatInstant } from '../features/shared/format';
import { StatusBadge } from '../features/shared/status-badge';
import type { RunView } from './api-types';

/**
 * When the data are from, and what the run could not read. A run with failed types is never shown
 * as good news: the banner says, before any row, that every patient's data is incomplete.
 */
export function RunBanner({ run }: { readonly run: RunView }): ReactElement {
  return (
    <section className="wl-run" aria-label="Export run">
      <p>
        Data as of <strong>{formatInstant(run.dataAsOf)}</strong> (Group export of {run.patientCount}{' '}
        {run.patientCount === 1 ? 'patient' : 'patients'}, assessed for {run.asOf}).
      </p>
      {run.failedTypes.length > 0 ? (
        <div className="wl-alert" role="alert" data-testid="failed-types">
          <StatusBadge tone="unknown">Incomplete export</StatusBadge>{' '}
          <strong>Could not be read for every patient: {run.failedTypes.join(', ')}.</strong> Every assessment below
          lacks these records: check them in the EHR before acting on a row.
        </div>
      ) : null}
    </section>
  );
}
