import type { ReactElement } from 'react';
import type { LabRecord } from '../../rules/types';
import { cleanDisplay, formatDate, formatValue } from '../shared/format';

interface LabRecordsTableProps {
  /** Newest first, already limited. */
  readonly labs: readonly LabRecord[];
  readonly olderNotShown: number;
}

function valueText(l: LabRecord): string {
  if (l.value === undefined) return `${l.originalValue} ${l.originalUnit}`.trim() || 'no value';
  const shown = formatValue(l.value, l.unit, l.comparator);
  // A converted value also shows what the lab reported, so it can be checked against the EHR
  // (not when only the unit's spelling differs: 10*3/uL is 10*9/L; nor for "<300" read as <300).
  const written = Number(/-?\d+(?:\.\d+)?/.exec(l.originalValue)?.[0]);
  return written !== l.value ? `${shown} (reported ${l.originalValue} ${l.originalUnit})` : shown;
}

/** Results as read from the EHR, newest first, with the values the rules used. */
export function LabRecordsTable({ labs, olderNotShown }: LabRecordsTableProps): ReactElement {
  return (
    <>
      {/* Focusable so keyboard users can scroll the table sideways in a 400 px side panel. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="rm-table-scroll" role="region" aria-label="Lab results, scrollable" tabIndex={0}>
        <table className="rm-table" aria-label="Lab results">
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Result</th>
              <th scope="col">Date</th>
              <th scope="col">Used</th>
            </tr>
          </thead>
          <tbody>
            {labs.map((l) => (
              <tr key={l.id}>
                <td>{cleanDisplay(l.display)}</td>
                <td>{valueText(l)}</td>
                <td className="rm-nowrap">{formatDate(l.date)}</td>
                <td>{l.usable ? 'Yes' : 'No (see data notes)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {olderNotShown > 0 && (
        <p className="rm-muted rm-small">
          {olderNotShown} older {olderNotShown === 1 ? 'result' : 'results'} not shown (the newest {labs.length} are
          listed).
        </p>
      )}
    </>
  );
}
