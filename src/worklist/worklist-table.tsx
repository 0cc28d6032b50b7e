/* eslint-disable jsx-a11y/no-interactive-element-to-noninteractive-role, jsx-a11y/no-redundant-roles -- jsx-a11y
   takes a td for a gridcell; "cell" is its role in a table. Explicit roles, because the 400 px card layout's
   display:block (worklist.css) makes Safari and older Chromium drop a table's implied roles. */
import { useMemo, type ReactElement } from 'react';
import type { RowRecord, RunView } from './api-types';
import { exportReads } from './export-reads';
import { rankLabel, reviewLabel } from './filters';
import { ActionLine, DrivingFinding, NextDue, StatusChips } from './row-cells';

interface WorklistTableProps {
  readonly rows: readonly RowRecord[];
  readonly run: RunView;
  readonly onOpen: (patientId: string) => void;
}

const COLUMNS = ['Rank', 'Patient', 'What to do', 'Status', 'Driving finding', 'Next due', 'Review'] as const;

/** The ranked rows as a real table; each patient's name is a link that opens the patient. */
export function WorklistTable({ rows, run, onOpen }: WorklistTableProps): ReactElement {
  const reads = useMemo(() => exportReads(run), [run]);
  if (rows.length === 0) return <p>No patient matches these filters.</p>;
  return (
    <table className="wl-table" role="table">
      <caption className="rm-visually-hidden">Patients in rank order</caption>
      <thead role="rowgroup">
        <tr role="row">
          {COLUMNS.map((c) => (
            <th key={c} scope="col" role="columnheader">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((r) => {
          return (
            <tr role="row" key={r.patientId} data-patient={r.patientId} data-tier={r.tier}>
              <td role="cell" data-label={COLUMNS[0]}>
                <span>
                  <span className="wl-rank">{r.rank}</span> <span className="wl-tier">{rankLabel(r.tier)}</span>
                </span>
              </td>
              <th scope="row" role="rowheader" data-label={COLUMNS[1]}>
                <a
                  href={`#patient=${encodeURIComponent(r.patientId)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(r.patientId);
                  }}
                >
                  {r.name ?? `(no name) ${r.patientId}`}
                </a>
                <span className="wl-age">{r.age !== null ? `, ${r.age} y` : ', age unknown'}</span>
              </th>
              <td role="cell" data-label={COLUMNS[2]}>
                <ActionLine assessment={r.assessment} reads={reads} notAssessed={r.notAssessed} />
              </td>
              <td role="cell" data-label={COLUMNS[3]}>
                <StatusChips assessment={r.assessment} reads={reads} notAssessed={r.notAssessed !== null} />
              </td>
              <td role="cell" data-label={COLUMNS[4]}>
                <DrivingFinding finding={r.driving} />
              </td>
              <td role="cell" data-label={COLUMNS[5]}>
                <NextDue nextDue={r.nextDue} />
              </td>
              <td role="cell" data-label={COLUMNS[6]}>
                <strong className={`wl-review wl-review-${r.reviewState}`}>{reviewLabel(r.reviewState)}</strong>
                <p className="wl-reason">{r.reason}</p>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
