import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactElement } from 'react';
import { SummaryLine } from '../features/summary/summary-line';
import { ageInYears } from '../rules';
import type { SessionInfo } from './api-types';
import { ErrorMessage } from './error-message';
import { exportReads } from './export-reads';
import { reviewLabel } from './filters';
import { localToday } from './local-today';
import { PatientPanels } from './patient-panels';
import { asShown } from './row-cells';
import { patientQuery } from './queries';
import { ReviewActions } from './review-actions';
import { ReviewHistory } from './review-history';
import { RunBanner } from './run-banner';

interface PatientPageProps {
  readonly patientId: string;
  readonly session: SessionInfo;
  readonly onBack: () => void;
}

/** One patient: the stored assessment in the app's panels, the review history and the actions. */
export function PatientPage({ patientId, session, onBack }: PatientPageProps): ReactElement {
  const patient = useQuery(patientQuery(patientId));
  const reads = useMemo(() => (patient.data ? exportReads(patient.data.run) : []), [patient.data]);
  const back = (
    <p>
      <button type="button" className="wl-back" onClick={onBack}>
        ← Back to the worklist
      </button>
    </p>
  );
  if (patient.isPending) return <p role="status">Loading the patient…</p>;
  if (patient.isError)
    return (
      <>
        {back}
        <ErrorMessage error={patient.error} what="Loading the patient" />
      </>
    );
  const { run, row, assessment, notAssessed, reviews } = patient.data;
  const age = ageInYears(assessment.patient.birthDate, assessment.asOf);
  return (
    <>
      {back}
      <h1>
        {assessment.patient.name ?? `(no name) ${patientId}`}
        <span className="wl-age">{age !== undefined ? `, ${age} y` : ', age unknown'}</span>
      </h1>
      <RunBanner run={run} />
      {row ? (
        <p className="wl-reason">
          <strong>{reviewLabel(row.reviewState)}.</strong> {row.reason}
        </p>
      ) : null}
      <SummaryLine assessment={asShown(assessment, notAssessed?.reason ?? null)} reads={reads} />
      <ReviewActions patientId={patientId} csrfToken={session.csrfToken} today={localToday()} />
      <PatientPanels assessment={assessment} reads={reads} notAssessed={notAssessed?.reason ?? null} />
      <section className="wl-history-section" aria-labelledby="wl-history-h">
        <h2 id="wl-history-h">Review history</h2>
        <ReviewHistory reviews={reviews} />
      </section>
    </>
  );
}
