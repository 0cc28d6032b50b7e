import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment } from '../../rules/types';
import { absencePhrase, availabilityFor } from '../shared/availability';
import { formatDate, formatMultiple } from '../shared/format';
import { Panel } from '../shared/panel';
import { ancTrend, liverTrend, type TrendData } from './trend-series';
import { TrendFigure } from './trend-figure';

interface TrendsPanelProps {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
}

/** "1× ULN, 3× ULN and 5× ULN": the chart's own reference lines, in words. */
function refWords(data: TrendData, unit = ''): string {
  const labels = data.refs.map((r) => r.label);
  const last = labels.pop();
  return `${labels.length > 0 ? `${labels.join(', ')} and ` : ''}${last ?? 'none'}${unit}`;
}

function describe(data: TrendData, what: string, refs: string, fmt: (y: number) => string): string {
  const first = data.dates[0];
  const last = data.dates[data.dates.length - 1];
  const latest = data.series
    .map((s, i) => {
      const ys = data.ys[i] ?? [];
      for (let j = ys.length - 1; j >= 0; j--) {
        const y = ys[j];
        if (y !== null && y !== undefined) return `latest ${s.label} ${fmt(y)} on ${formatDate(data.dates[j])}`;
      }
      return undefined;
    })
    .filter(Boolean)
    .join('; ');
  // The course's start, stops and holds, as the legend lists them.
  const start = data.marks.map((m) => ` ${m.text}.`).join('');
  const bounded = data.bounds.some((col) => col.some((b) => b !== null))
    ? ' Results reported with a comparator ("<", ">") are bounds, not values, and are not drawn.'
    : '';
  return (
    `Line chart of ${what} from ${formatDate(first)} to ${formatDate(last)}, with lines ` +
    `at ${refs}.${start} ${latest}.${bounded} The values are in the table below.`
  );
}

const fmtMultiple = (y: number): string => formatMultiple(y);
const fmtAnc = (y: number): string => `${Math.round(y * 100) / 100}`;

/** ALT, AST and bilirubin as ×ULN; ANC with its neutropenia thresholds. */
export function TrendsPanel({ assessment, reads }: TrendsPanelProps): ReactElement {
  const liver = liverTrend(assessment);
  const anc = ancTrend(assessment);
  const labs = availabilityFor(reads, 'labs');
  return (
    <Panel id="rm-trends" title="Lab trends">
      {liver ? (
        <TrendFigure
          title="Liver tests (× ULN)"
          data={liver}
          formatY={fmtMultiple}
          description={describe(
            liver,
            'ALT, AST and total bilirubin as multiples of the upper limit of normal',
            refWords(liver),
            fmtMultiple,
          )}
        />
      ) : (
        <p className="rm-muted">{absencePhrase('Liver test results', labs)}</p>
      )}
      {anc ? (
        <TrendFigure
          title="Neutrophils (ANC ×10⁹/L)"
          data={anc}
          formatY={fmtAnc}
          description={describe(anc, 'absolute neutrophil count in ×10⁹/L', refWords(anc, ' ×10⁹/L'), fmtAnc)}
        />
      ) : (
        <p className="rm-muted">{absencePhrase('ANC', labs)}</p>
      )}
    </Panel>
  );
}
