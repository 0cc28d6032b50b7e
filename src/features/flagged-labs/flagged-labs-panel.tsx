import { useId, useState, type ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Analyte, Assessment } from '../../rules/types';
import { absencePhrase, availabilityFor } from '../shared/availability';
import { analyteName } from '../shared/format';
import { Panel } from '../shared/panel';
import { FlaggedRow } from './flagged-row';
import { flaggedRows, sortRows, type SortDirection, type SortKey } from './flagged-rows';
import { SortHeader } from './sort-header';

const SORT_NAMES: Readonly<Record<SortKey, string>> = {
  worst: 'severity',
  analyte: 'test',
  multiple: 'distance from the limit',
  grade: 'CTCAE grade',
  date: 'date',
};

interface FlaggedLabsPanelProps {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
}

/** The nurse's work list: every abnormal result, worst first, sortable and filterable. */
export function FlaggedLabsPanel({ assessment, reads }: FlaggedLabsPanelProps): ReactElement {
  const [sortKey, setSortKey] = useState<SortKey>('worst');
  const [direction, setDirection] = useState<SortDirection>('descending');
  const [filter, setFilter] = useState<Analyte | 'all'>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const selectId = useId();
  const captionId = useId();

  const all = flaggedRows(assessment);
  const analytes = [...new Set(all.map((r) => r.result.analyte))];
  const rows = sortRows(
    all.filter((r) => filter === 'all' || r.result.analyte === filter),
    sortKey,
    direction,
  );
  const onSort = (key: SortKey): void => {
    // A new column starts with its most useful order: worst, newest, highest first; A–Z for names.
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else setDirection(key === 'analyte' ? 'ascending' : 'descending');
    setSortKey(key);
  };
  const onToggle = (key: string): void => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };
  const labs = availabilityFor(reads, 'labs');
  const header = { active: sortKey, direction, onSort };

  return (
    <Panel id="rm-flagged" title="Flagged labs">
      {all.length === 0 ? (
        <p className="rm-muted">
          {labs.kind === 'complete' ? 'No abnormal liver or blood result on record.' : absencePhrase('Abnormal results', labs)}
        </p>
      ) : (
        <>
          <div className="rm-filter">
            <label htmlFor={selectId}>Show</label>
            <select id={selectId} value={filter} onChange={(e) => setFilter(analytes.find((a) => a === e.target.value) ?? 'all')}>
              <option value="all">All tests ({all.length})</option>
              {analytes.map((a) => (
                <option key={a} value={a}>
                  {analyteName(a)} ({all.filter((r) => r.result.analyte === a).length})
                </option>
              ))}
            </select>
            {labs.kind !== 'complete' && <span className="rm-muted"> {absencePhrase('More results', labs)}</span>}
          </div>
          {/* Focusable so keyboard users can scroll the table sideways in a 400 px side panel. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className="rm-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="rm-table">
              <caption id={captionId}>
                Abnormal results, {rows.length} shown, sorted by {SORT_NAMES[sortKey]}, {direction}
              </caption>
              <thead>
                <tr>
                  <SortHeader label="Test" sortKey="analyte" {...header} />
                  <th scope="col">Result</th>
                  <SortHeader label="×ULN / LLN" sortKey="multiple" {...header} />
                  <SortHeader label="CTCAE grade" sortKey="grade" {...header} />
                  <SortHeader label="Date" sortKey="date" {...header} />
                  <th scope="col">Range</th>
                  <th scope="col" className="rm-col-evidence">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <FlaggedRow
                    key={row.key}
                    row={row}
                    open={open.has(row.key)}
                    onToggle={onToggle}
                    citedBy={assessment.findings.filter((f) => f.evidence.some((e) => e.id === row.result.id))}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <p className="rm-muted rm-small">
            Range: “Lab” is the lab’s own reference range; “Assumed” is the clinic’s default limit, used when the lab
            gave none.
          </p>
        </>
      )}
    </Panel>
  );
}
