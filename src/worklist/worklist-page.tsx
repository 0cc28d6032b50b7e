import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactElement } from 'react';
import { API } from './api';
import { ErrorMessage } from './error-message';
import { applyFilters, NO_FILTERS, type Filters } from './filters';
import { rowsQuery } from './queries';
import { RunBanner } from './run-banner';
import { WorklistFilters } from './worklist-filters';
import { WorklistTable } from './worklist-table';

/** The ranked list of the clinic's patients, from the latest export run. */
export function WorklistPage({ onOpen }: { readonly onOpen: (patientId: string) => void }): ReactElement {
  const rows = useQuery(rowsQuery);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const shown = useMemo(() => (rows.data ? applyFilters(rows.data.rows, filters) : []), [rows.data, filters]);
  if (rows.isPending) return <p role="status">Loading the worklist…</p>;
  if (rows.isError) return <ErrorMessage error={rows.error} what="Loading the worklist" />;
  const { run } = rows.data;
  return (
    <>
      <h1>Clinic worklist</h1>
      {run ? (
        <RunBanner run={run} />
      ) : (
        <p role="alert" className="wl-alert">
          No export has finished yet: there is no worklist to show. Run the export (README, &quot;The clinic
          worklist&quot;).
        </p>
      )}
      {run ? (
        <>
          <div className="wl-toolbar">
            <WorklistFilters rows={rows.data.rows} filters={filters} onChange={setFilters} />
            <a className="wl-button" href={`${API}/rows.csv`} download="worklist.csv">
              Export CSV
            </a>
          </div>
          <p className="wl-count" role="status">
            Showing {shown.length} of {rows.data.rows.length} patients, in rank order.
          </p>
          <WorklistTable rows={shown} run={run} onOpen={onOpen} />
        </>
      ) : null}
    </>
  );
}
