/* eslint-disable jsx-a11y/no-interactive-element-to-noninteractive-role -- jsx-a11y takes a td for a
   gridcell; "cell" is its role in a table. Explicit, because the card layout's display:block (tables.css)
   makes Safari and older Chromium drop a table's implied roles. */
import type { ReactElement } from 'react';
import type { Finding } from '../../rules/types';
import { EvidenceList } from '../shared/evidence-list';
import { analyteName, formatDate, formatResultMultiple, formatResultValue, formatValue } from '../shared/format';
import { COLUMN_NAMES, type FlaggedRow as Row } from './flagged-rows';

interface FlaggedRowProps {
  readonly row: Row;
  readonly open: boolean;
  readonly onToggle: (key: string) => void;
  /** Findings that cite this result, so the nurse sees what it triggered. */
  readonly citedBy: readonly Finding[];
}

const COLUMNS = Object.keys(COLUMN_NAMES).length;

function limitText(row: Row): string {
  const r = row.result;
  const multiple = formatResultMultiple(r);
  if (multiple !== undefined) return multiple;
  if (r.lln !== undefined && r.flag === 'below') return `below LLN ${formatValue(r.lln, undefined)}`;
  return '—';
}

/**
 * One abnormal result, and beneath it (when opened) the FHIR record behind it. `data-label` names
 * the column in the card layout, where the header row is not beside the cell.
 */
export function FlaggedRow({ row, open, onToggle, citedBy }: FlaggedRowProps): ReactElement {
  const r = row.result;
  const name = analyteName(r.analyte);
  const panelId = `rm-flag-ev-${row.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <>
      <tr role="row" className="rm-flag-row">
        <th scope="row" role="rowheader">
          {name}
        </th>
        <td role="cell" data-label={COLUMN_NAMES.result} className="rm-num rm-nowrap">
          {formatResultValue(r)}
          {r.derived && ' (derived)'}
        </td>
        {/* May wrap ("at most 7.5× ULN"): a nowrap here pushed the Evidence column past the panel's edge. */}
        <td role="cell" data-label={COLUMN_NAMES.multiple}>
          {limitText(row)}
        </td>
        <td role="cell" data-label={COLUMN_NAMES.grade}>
          {r.grade !== undefined ? `Grade ${r.grade}` : '—'}
        </td>
        <td role="cell" data-label={COLUMN_NAMES.date} className="rm-nowrap">
          {formatDate(r.date)}
        </td>
        <td role="cell" data-label={COLUMN_NAMES.range}>
          {r.ulnSource === 'assumed' ? 'Assumed' : 'Lab'}
        </td>
        <td role="cell" className="rm-col-evidence">
          <button
            type="button"
            className="rm-link-button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => onToggle(row.key)}
            aria-label={`Evidence for ${name} on ${formatDate(r.date)}`}
          >
            Evidence
          </button>
        </td>
      </tr>
      <tr role="row" id={panelId} hidden={!open} className="rm-flag-evidence">
        <td role="cell" colSpan={COLUMNS}>
          <EvidenceList evidence={[r]} />
          <p>
            Reported as {r.originalValue} {r.originalUnit}; status {r.status}
            {r.derived ? '; ANC derived from WBC × neutrophil %' : ''}.
          </p>
          {citedBy.length > 0 && <p>Cited by: {citedBy.map((f) => f.title).join('; ')}</p>}
        </td>
      </tr>
    </>
  );
}
