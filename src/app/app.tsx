import { useState, type ReactElement } from 'react';
import type { RetryPolicy } from '../fhir/queries/fetch-pages';
import type { FhirGateway } from '../fhir/queries/fhir-gateway';
import type { QueryPolicy } from '../fhir/queries/query-policy';
import type { ReadState } from '../fhir/queries/read-state';
import { RiluzoleScreen } from '../features/screen/riluzole-screen';
import type { Policy } from '../rules/types';
import { AppTitle } from './app-title';
import { localIsoDate } from './local-date';
import { PatientBanner } from './patient-banner';
import { usePatientData } from './use-patient-data';
import { LAUNCH_TEXT } from '../smart/launch-errors';
import './app.css';

interface AppProps {
  readonly gateway: FhirGateway;
  readonly queryPolicy: QueryPolicy;
  readonly retry?: RetryPolicy;
  readonly asOf?: string;
}

/** Whether the banner can name the patient yet: not while the Patient read loads or after it failed. */
function patientUnread(reads: readonly ReadState[], normalised: boolean): { unread?: 'loading' | 'failed' } {
  const status = reads.find((r) => r.id === 'patient')?.status;
  if (status === 'done' || status === 'partial' || status === 'capped') return normalised ? {} : { unread: 'loading' };
  return { unread: status === 'loading' || status === undefined ? 'loading' : 'failed' };
}

/** The one page: the patient banner, then the clinician screen in the page's main landmark. */
export function App({ gateway, queryPolicy, retry, asOf }: AppProps): ReactElement {
  // The us/eu choice lasts for this session only (React state, never storage).
  const [policyChoice, setPolicyChoice] = useState<Policy>();
  const result = usePatientData(gateway, {
    queryPolicy,
    ...(policyChoice ? { policy: policyChoice } : {}),
    ...(retry ? { retry } : {}),
    ...(asOf ? { asOf } : {}),
  });
  const policy = policyChoice ?? result.settings?.policy ?? 'us';
  return (
    <div className="rm-app">
      {gateway.needPatientBanner ? (
        <PatientBanner
          patient={result.patient}
          asOf={asOf ?? localIsoDate()}
          {...patientUnread(result.reads, result.data !== undefined)}
        />
      ) : null}
      <main className="rm-main">
        <AppTitle patient={gateway.needPatientBanner ? undefined : result.patient} />
        {result.expired ? (
          // Reads that met the expiry never returned: an assessment now would rest on part of the
          // record and could call things "none recorded". Only a relaunch gives a new session.
          <div className="rm-app-alert" role="alert">
            <p>{LAUNCH_TEXT.expired}</p>
            <p>Nothing is assessed until then: part of the record could not be read before the session ended.</p>
          </div>
        ) : null}
        {result.settingsError ? (
          <p role="alert" className="rm-app-alert">
            The clinic settings file is invalid, so no assessment is shown: {result.settingsError}
          </p>
        ) : null}
        {result.settingsNote ? <p className="rm-app-note">{result.settingsNote}</p> : null}
        {result.expired ? null : (
          <RiluzoleScreen
            patient={result.patient}
            showBanner={gateway.needPatientBanner}
            {...(result.data ? { data: result.data } : {})}
            {...(result.assessment ? { assessment: result.assessment } : {})}
            reads={result.reads}
            complete={result.complete}
            grantedScopes={gateway.grantedScopes}
            {...(result.fetchedAt ? { fetchedAt: result.fetchedAt } : {})}
            policy={policy}
            onPolicyChange={setPolicyChoice}
            onRefresh={result.refresh}
            onRetry={result.retry}
          />
        )}
      </main>
    </div>
  );
}
