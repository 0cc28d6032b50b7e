/* eslint-disable jsx-a11y/no-redundant-roles -- the roles are not redundant below 520 px: Safari (and
   older Chromium) drop a table's semantics once CSS sets display:block on it, as the card layout does. */
import { useId, useRef, useState, type ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Analyte, Assessment } from '../../rules/types';
import { absencePhrase, availabilityFor } from '../shared/availability';
import { analyteName, formatDate, formatResultValue } from '../shared/format';
import { Panel } from '../shared/panel';
import { courseScope, isOlder, type DateScope } from './date-scope';
import { FlaggedFilters } from './flagged-filters';
import { FlaggedRow } from './flagged-row';
import { COLUMN_NAMES, flaggedRows, sortRows, unjudgedResults, type SortDirection, type SortKey } from './flagged-rows';
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
/**
 * "No abnormal … on record" only for what was measured: with no blood count at all the panel says
 * so (spec §1, principle 1: missing data is never good news).
 */
function noneWords(a: Assessment): string {
  const has = (k: 'alt' | 'ast' | 'bilirubinTotal' | 'anc' | 'wbc'): boolean => (a.labs[k]?.length ?? 0) > 0;
  const liver = has('alt') || has('ast') || has('bilirubinTotal');
  const blood = has('anc') || has('wbc');
  if (liver && blood) return 'No abnormal liver or blood result on record.';
  if (liver) return 'No abnormal liver result on record. No blood count on record.';
  if (blood) return 'No abnormal blood result on record. No liver test on record.';
  return 'No liver test and no blood count on record.';
}

export function FlaggedLabsPanel({ assessment, reads }: FlaggedLabsPanelProps): ReactElement {
  const [sortKey, setSortKey] = useState<SortKey>('worst');
  const [direction, setDirection] = useState<SortDirection>('descending');
  const [filter, setFilter] = useState<Analyte | 'all'>('all');
  // Undefined until the user picks: the default follows the assessment, whose course start may
  // arrive with a later page of medication orders.
  const [chosenScope, setChosenScope] = useState<DateScope>();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const captionId = useId();
  const regionRef = useRef<HTMLDivElement>(null);

  const all = flaggedRows(assessment);
  const course = courseScope(assessment);
  const scope = course ? (chosenScope ?? course.byDefault) : 'all';
  const inScope = scope === 'all' ? all : all.filter((r) => !isOlder(r, course));
  const counts = [...new Set(all.map((r) => r.result.analyte))].map((analyte) => ({
    analyte,
    count: inScope.filter((r) => r.result.analyte === analyte).length,
  }));
  const ofTest = (r: (typeof all)[number]): boolean => filter === 'all' || r.result.analyte === filter;
  const rows = sortRows(inScope.filter(ofTest), sortKey, direction);
  const hidden = all.filter(ofTest).length - rows.length;
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
  const showAllDates = (): void => {
    setChosenScope('all');
    // The button goes away with the hidden results: keep focus on the table rather than the page.
    regionRef.current?.focus();
  };
  const labs = availabilityFor(reads, 'labs');
  const unjudged = unjudgedResults(assessment);
  const header = { active: sortKey, direction, onSort };

  return (
    <Panel id="rm-flagged" title="Flagged labs">
      {all.length === 0 ? (
        <p className="rm-muted">
          {labs.kind === 'complete' ? noneWords(assessment) : absencePhrase('Abnormal results', labs)}
        </p>
      ) : (
        <>
          <FlaggedFilters
            counts={counts}
            analyte={filter}
            onAnalyte={setFilter}
            course={course}
            scope={scope}
            onScope={setChosenScope}
            note={labs.kind !== 'complete' ? absencePhrase('More results', labs) : undefined}
          />
          {/* Focusable so keyboard users can scroll the table sideways when it is wider than the panel. */}
          <div
            ref={regionRef}
            className="rm-table-scroll rm-flag-scroll"
            role="region"
            aria-labelledby={captionId}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
          >
            <table className="rm-table rm-flag-table" role="table">
              <caption id={captionId}>
                Abnormal results, {rows.length} shown, sorted by {SORT_NAMES[sortKey]}, {direction}
                {hidden > 0 && course && (
                  <>
                    . {hidden} older {hidden === 1 ? 'result' : 'results'}
                    {` (before ${formatDate(course.from)}) hidden: `}
                    <button type="button" className="rm-link-button" onClick={showAllDates}>
                      show all dates
                    </button>
                  </>
                )}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <SortHeader label={COLUMN_NAMES.test} sortKey="analyte" {...header} />
                  <th scope="col" role="columnheader">
                    {COLUMN_NAMES.result}
                  </th>
                  <SortHeader label={COLUMN_NAMES.multiple} sortKey="multiple" {...header} />
                  <SortHeader label={COLUMN_NAMES.grade} sortKey="grade" {...header} />
                  <SortHeader label={COLUMN_NAMES.date} sortKey="date" {...header} />
                  <th scope="col" role="columnheader">
                    {COLUMN_NAMES.range}
                  </th>
                  <th scope="col" role="columnheader" className="rm-col-evidence">
                    {COLUMN_NAMES.evidence}
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
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
      {unjudged.length > 0 && (
        <p className="rm-small rm-flag-unjudged">
          Not judged against the limit (the comparator hides whether it is abnormal; repeat with a measured value):{' '}
          {unjudged.map((r) => `${analyteName(r.analyte)} ${formatResultValue(r)} on ${formatDate(r.date)}`).join('; ')}
          .
        </p>
      )}
    </Panel>
  );
}
