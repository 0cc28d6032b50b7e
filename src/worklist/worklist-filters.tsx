import type { ReactElement } from 'react';
import { WORKLIST_RANKS } from '../rules/worklist';
import type { RowRecord } from './api-types';
import { findingCodes, rankLabel, ranksPresent, type Filters, type ReviewFilter } from './filters';

interface WorklistFiltersProps {
  readonly rows: readonly RowRecord[];
  readonly filters: Filters;
  readonly onChange: (f: Filters) => void;
}

const REVIEW_OPTIONS: readonly { value: ReviewFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'unreviewed', label: 'Not reviewed or re-opened' },
  { value: 'reviewed', label: 'Reviewed (acknowledged, follow-up, snoozed)' },
  { value: 'snoozed', label: 'Snoozed' },
];

/** Filters over the ranked rows; the choices come from the rows themselves. */
export function WorklistFilters({ rows, filters, onChange }: WorklistFiltersProps): ReactElement {
  return (
    <fieldset className="wl-filters">
      <legend>Filter</legend>
      <label>
        Rank{' '}
        <select
          value={filters.rank}
          onChange={(e) => onChange({ ...filters, rank: WORKLIST_RANKS.find((r) => r === e.target.value) ?? 'all' })}
        >
          <option value="all">All</option>
          {ranksPresent(rows).map((r) => (
            <option key={r} value={r}>
              {rankLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Finding{' '}
        <select value={filters.code} onChange={(e) => onChange({ ...filters, code: e.target.value })}>
          <option value="all">All</option>
          {findingCodes(rows).map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} ({c.patients})
            </option>
          ))}
        </select>
      </label>
      <label>
        Review{' '}
        <select
          value={filters.review}
          onChange={(e) =>
            onChange({ ...filters, review: REVIEW_OPTIONS.find((o) => o.value === e.target.value)?.value ?? 'all' })
          }
        >
          {REVIEW_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
