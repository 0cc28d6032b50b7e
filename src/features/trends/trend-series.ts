import type { Analyte, Assessment, IsoDate, LabResult } from '../../rules/types';
import { toEpochSeconds } from '../shared/format';

export interface SeriesSpec {
  readonly label: string;
  readonly color: string;
  /** Dash pattern, so lines differ by more than colour. */
  readonly dash?: readonly number[];
}

/** Columns for uPlot: x in epoch seconds, then one array per series (null = no result that day). */
export interface TrendData {
  readonly x: readonly number[];
  readonly dates: readonly IsoDate[];
  readonly ys: readonly (readonly (number | null)[])[];
  readonly series: readonly SeriesSpec[];
  /** Horizontal reference lines with their labels. */
  readonly refs: readonly { readonly y: number; readonly label: string }[];
  readonly startMarker?: number;
  /** The x range: from the first result (or the course start) to `asOf`, padded a week. */
  readonly xMin: number;
  readonly xMax: number;
  readonly yLabel: string;
}

const LIVER: readonly { readonly analyte: Analyte; readonly spec: SeriesSpec }[] = [
  { analyte: 'alt', spec: { label: 'ALT ×ULN', color: '#b3261e' } },
  { analyte: 'ast', spec: { label: 'AST ×ULN', color: '#1f5fae', dash: [6, 4] } },
  { analyte: 'bilirubinTotal', spec: { label: 'Total bilirubin ×ULN', color: '#6b4f00', dash: [2, 3] } },
];

function column(results: readonly LabResult[], dates: readonly IsoDate[], pick: (r: LabResult) => number | undefined): (number | null)[] {
  // One value per date: on a day with two results, the worse one (spec §1 "Latest").
  return dates.map((d) => {
    const values = results.filter((r) => r.date === d).map(pick).filter((v): v is number => v !== undefined);
    return values.length > 0 ? Math.max(...values) : null;
  });
}

function build(
  groups: readonly { readonly results: readonly LabResult[]; readonly spec: SeriesSpec; readonly pick: (r: LabResult) => number | undefined }[],
  rest: Pick<TrendData, 'refs' | 'yLabel'>,
  courseStart: IsoDate | undefined,
  asOf: IsoDate,
): TrendData | undefined {
  const present = groups.filter((g) => g.results.some((r) => r.date && g.pick(r) !== undefined));
  if (present.length === 0) return undefined;
  const dates = [...new Set(present.flatMap((g) => g.results.map((r) => r.date ?? '')))].filter(Boolean).sort();
  const x = dates.map((d) => toEpochSeconds(d) ?? 0);
  const startMarker = courseStart ? toEpochSeconds(courseStart) : undefined;
  const end = Math.max(toEpochSeconds(asOf) ?? 0, ...x);
  return {
    dates,
    x,
    xMin: Math.min(...x, startMarker ?? Infinity) - WEEK,
    xMax: end + WEEK,
    ys: present.map((g) => column(g.results, dates, g.pick)),
    series: present.map((g) => g.spec),
    startMarker,
    ...rest,
  };
}

const WEEK = 7 * 24 * 3600;

const usable = (r: LabResult): boolean => r.date !== undefined && r.value !== undefined;

export function liverTrend(a: Assessment): TrendData | undefined {
  return build(
    LIVER.map(({ analyte, spec }) => ({
      results: (a.labs[analyte] ?? []).filter(usable),
      spec,
      pick: (r: LabResult) => r.multipleOfUln,
    })),
    {
      yLabel: '× upper limit of normal',
      refs: [
        { y: 1, label: '1× ULN' },
        { y: 3, label: '3×' },
        { y: 5, label: '5×' },
      ],
    },
    a.treatment.courseStart,
    a.asOf,
  );
}

export function ancTrend(a: Assessment): TrendData | undefined {
  return build(
    [
      {
        results: (a.labs.anc ?? []).filter(usable),
        spec: { label: 'ANC ×10⁹/L', color: '#1f5fae' },
        pick: (r: LabResult) => r.value,
      },
    ],
    {
      yLabel: 'ANC ×10⁹/L',
      refs: [
        { y: 1.5, label: '1.5' },
        { y: 1.0, label: '1.0' },
        { y: 0.5, label: '0.5' },
      ],
    },
    a.treatment.courseStart,
    a.asOf,
  );
}
