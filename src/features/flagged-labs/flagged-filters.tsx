import { useId, type ReactElement } from 'react';
import type { Analyte } from '../../rules/types';
import { analyteName } from '../shared/format';
import type { CourseScope, DateScope } from './date-scope';

interface FlaggedFiltersProps {
  /** Each analyte with abnormal results, and how many of them the date filter lets through. */
  readonly counts: readonly { readonly analyte: Analyte; readonly count: number }[];
  readonly analyte: Analyte | 'all';
  readonly onAnalyte: (analyte: Analyte | 'all') => void;
  /** Undefined when there is no course to narrow to: the date filter is not offered. */
  readonly course: CourseScope | undefined;
  readonly scope: DateScope;
  readonly onScope: (scope: DateScope) => void;
  /** A note after the filters, e.g. that more results are still loading. */
  readonly note?: string;
}

/** The two filters above the table: which test, and which dates. */
export function FlaggedFilters({
  counts,
  analyte,
  onAnalyte,
  course,
  scope,
  onScope,
  note,
}: FlaggedFiltersProps): ReactElement {
  const testId = useId();
  const dateId = useId();
  const total = counts.reduce((n, c) => n + c.count, 0);
  return (
    <div className="rm-filter">
      <span className="rm-filter-item">
        <label htmlFor={testId}>Show</label>
        <select
          id={testId}
          value={analyte}
          onChange={(e) => onAnalyte(counts.find((c) => c.analyte === e.target.value)?.analyte ?? 'all')}
        >
          <option value="all">All tests ({total})</option>
          {counts.map((c) => (
            <option key={c.analyte} value={c.analyte}>
              {analyteName(c.analyte)} ({c.count})
            </option>
          ))}
        </select>
      </span>
      {course && (
        <span className="rm-filter-item">
          <label htmlFor={dateId}>Dates</label>
          <select id={dateId} value={scope} onChange={(e) => onScope(e.target.value === 'course' ? 'course' : 'all')}>
            <option value="course">{course.label}</option>
            <option value="all">All dates</option>
          </select>
        </span>
      )}
      {note && <span className="rm-muted"> {note}</span>}
    </div>
  );
}
