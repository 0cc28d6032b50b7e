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
    <th scope="col" aria-sort={isActive ? direction : 'none'}>
      <button type="button" className="rm-sort" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" className="rm-sort-arrow">
          {isActive ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
