import type { ReactElement } from 'react';
import type { SortDirection, SortKey } from './flagged-rows';

interface SortHeaderProps {
  readonly label: string;
  readonly sortKey: SortKey;
  readonly active: SortKey;
  readonly direction: SortDirection;
  readonly onSort: (key: SortKey) => void;
}

/** A real button inside the th, so sorting works with Enter/Space and aria-sort announces the order. */
export function SortHeader({ label, sortKey, active, direction, onSort }: SortHeaderProps): ReactElement {
  const isActive = sortKey === active;
  return (
    // An explicit role: the card layout's display:block (tables.css) would drop the implied one in Safari.
    <th scope="col" role="columnheader" aria-sort={isActive ? direction : 'none'}>
      <button type="button" className="rm-sort" onClick={() => onSort(sortKey)}>
        {label}
        {/* A no-break space: a narrow header may wrap between words, never leave the arrow alone on a line. */}
        <span aria-hidden="true" className="rm-sort-arrow">
          {isActive ? (direction === 'ascending' ? '\u00a0▲' : '\u00a0▼') : '\u00a0↕'}
        </span>
      </button>
    </th>
  );
}
