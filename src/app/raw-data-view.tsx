/**
 * A plain listing of the normalised data and of every FHIR read, so the launch can be checked
 * before the clinician panels exist. Temporary: remove once src/features shows all of this.
 */
import type { ReactElement } from 'react';
import type { ReadState } from '../fhir/queries/read-state';
import type { ClinicalData, Policy } from '../rules/types';

interface RawDataViewProps {
  readonly data?: ClinicalData;
  readonly reads: readonly ReadState[];
  readonly onRetry: (readId: string) => void;
  readonly policy: Policy;
  readonly onPolicyChange: (policy: Policy) => void;
}

function ReadRow({ read, onRetry }: { readonly read: ReadState; readonly onRetry: (id: string) => void }): ReactElement {
  return (
    <li data-read={read.id} data-status={read.status}>
      {read.label}: <strong>{read.status}</strong> ({read.count} resources, {read.pages} pages)
      {read.error ? <span> — {read.error.message}</span> : null}
      {read.status === 'error' && read.error?.kind !== 'expired' ? (
        <button type="button" onClick={() => onRetry(read.id)}>
          Retry {read.label}
        </button>
      ) : null}
      {read.warnings.length > 0 ? (
        <ul aria-label={`Warnings from the EHR for ${read.label}`}>
          {read.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Ten years of monthly labs would be thousands of rows: this check list shows the newest ones. */
const MAX_LAB_ROWS = 100;

function newestLabs(data: ClinicalData): ClinicalData['labs'] {
  return [...data.labs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, MAX_LAB_ROWS);
}

export function RawDataView({ data, reads, onRetry, policy, onPolicyChange }: RawDataViewProps): ReactElement {
  return (
    <section aria-labelledby="rm-raw-heading" className="rm-raw-data">
      <h2 id="rm-raw-heading">Patient data</h2>
      <label>
        Label rules{' '}
        <select value={policy} onChange={(e) => onPolicyChange(e.target.value === 'eu' ? 'eu' : 'us')}>
          <option value="us">US label (FDA)</option>
          <option value="eu">EU label (EMA)</option>
        </select>
      </label>
      <h3>FHIR reads</h3>
      <ul aria-label="FHIR reads">
        {reads.map((r) => (
          <ReadRow key={r.id} read={r} onRetry={onRetry} />
        ))}
      </ul>
      {data ? (
        <>
          <h3>
            Lab results ({data.labs.length}
            {data.labs.length > MAX_LAB_ROWS ? `, newest ${MAX_LAB_ROWS} shown` : ''})
          </h3>
          <table aria-label="Lab results">
            <thead>
              <tr><th>Test</th><th>Value</th><th>Unit</th><th>Date</th></tr>
            </thead>
            <tbody>
              {newestLabs(data).map((l) => (
                <tr key={l.id}>
                  <td>{l.display}</td>
                  <td>{l.value !== undefined ? `${l.comparator ?? ''}${l.value}` : l.originalValue}</td>
                  <td>{l.value !== undefined ? l.unit : l.originalUnit}</td>
                  <td>{l.date ?? 'no date'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Medications ({data.medications.length})</h3>
          <ul aria-label="Medications">
            {data.medications.map((m) => (
              <li key={`${m.resourceType}/${m.id}`}>
                {m.display} — {m.status}, started {m.start ?? 'unknown'}
              </li>
            ))}
          </ul>
          <h3>Conditions ({data.conditions.length})</h3>
          <ul aria-label="Conditions">
            {data.conditions.map((c) => (
              <li key={c.id}>
                {c.display} — onset {c.onset ?? 'unknown'}, recorded {c.recorded ?? 'unknown'}
              </li>
            ))}
          </ul>
          <h3>Allergies ({data.allergies.length})</h3>
          <ul aria-label="Allergies">
            {data.allergies.map((a) => (
              <li key={a.id}>
                {a.display} — recorded {a.recorded ?? 'unknown'}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="status">Reading the patient&apos;s record…</p>
      )}
    </section>
  );
}
