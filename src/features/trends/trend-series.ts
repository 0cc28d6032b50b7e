import {
  ANC_CRITICAL,
  ANC_SEVERE,
  ANC_WARNING,
  LIVER_CHART_MULTIPLES,
  multipleText,
  numberText,
  valueText,
} from '../../rules';
import type { Analyte, Assessment, IsoDate, LabResult } from '../../rules/types';
import { toEpochSeconds } from '../shared/format';
import { courseMarks, type CourseMark } from './course-marks';

export interface SeriesSpec {
  readonly label: string;
  readonly color: string;
  /** Dash pattern, so lines differ by more than colour. */
  readonly dash?: readonly number[];
}

/** A stretch of the x axis, in epoch seconds, where a series' line is not drawn. */
export type Gap = readonly [from: number, to: number];

export interface ReferenceLine {
  readonly y: number;
  /** Drawn at the right end of the line, inside the plot. */
  readonly label: string;
}

/** Columns for uPlot: x in epoch seconds, then one array per series (null = no result that day). */
export interface TrendData {
  readonly x: readonly number[];
  readonly dates: readonly IsoDate[];
  readonly ys: readonly (readonly (number | null)[])[];
  /**
   * Per series and date: a result with a comparator, as its bound ("at most 7.5×", "<0.5"). It is
   * never drawn as a point (spec §1 "Display"); the table view shows the bound.
   */
  readonly bounds: readonly (readonly (string | null)[])[];
  readonly series: readonly SeriesSpec[];
  /** Per series: where its line breaks because no test was done for a long time (points stay). */
  readonly gaps: readonly (readonly Gap[])[];
  /** Horizontal reference lines with their labels. */
  readonly refs: readonly ReferenceLine[];
  readonly startMarker?: number;
  /** The riluzole course's start, stops and holds (from the assessment), drawn and listed with the chart. */
  readonly marks: readonly CourseMark[];
  /** The x range: a week before the first result (or the course start) to `asOf` or the last result. */
  readonly xMin: number;
  readonly xMax: number;
  /** The y range is 0 to `yMax`, with a tick every `yStep`: the top tick is at or above every value. */
  readonly yMax: number;
  readonly yStep: number;
  readonly yLabel: string;
}

const DAY = 24 * 3600;
const WEEK = 7 * DAY;

/**
 * Results further apart than this are not joined: monthly tests (spec §5) stay one line, while a line
 * across months without a test would draw a slow trend that nobody measured.
 */
export const MAX_JOINED_GAP_DAYS = 60;

/** Above the highest value or reference line, so the top point is not on the edge and labels fit. */
const VALUE_HEADROOM = 1.1;
const REFERENCE_HEADROOM = 1.2;
/** About five intervals fit the chart's 220 px height with readable tick labels. */
const TARGET_Y_INTERVALS = 5;

const LIVER: readonly { readonly analyte: Analyte; readonly spec: SeriesSpec }[] = [
  { analyte: 'alt', spec: { label: 'ALT ×ULN', color: '#b3261e' } },
  { analyte: 'ast', spec: { label: 'AST ×ULN', color: '#1f5fae', dash: [6, 4] } },
  { analyte: 'bilirubinTotal', spec: { label: 'Total bilirubin ×ULN', color: '#6b4f00', dash: [2, 3] } },
];

/** Spec §5 liver rows, from the rules' own thresholds: above the ULN, above 3× (caution), above 5× (stop). */
const LIVER_REFS: readonly ReferenceLine[] = LIVER_CHART_MULTIPLES.map((y) => ({
  y,
  label: `${y}× ULN`,
}));

const tick = (y: number): string => y.toFixed(1);

/**
 * Spec §5 `blood.neutropenia`: the lab's own LLN of the latest ANC (the rules' limit: a lab LLN of
 * 1.8 draws 1.8), then the rules' thresholds: warning below 1.5, critical below 1.0, "severe" below 0.5.
 */
function ancRefs(latest: LabResult | undefined): ReferenceLine[] {
  const lln = latest?.lln;
  const thresholds: ReferenceLine[] = [
    { y: ANC_WARNING, label: tick(ANC_WARNING) },
    { y: ANC_CRITICAL, label: tick(ANC_CRITICAL) },
    { y: ANC_SEVERE, label: `${tick(ANC_SEVERE)} severe` },
  ];
  if (lln === undefined) return thresholds;
  const llnLine = { y: lln, label: `${lln === ANC_WARNING ? tick(lln) : numberText(lln)} (LLN)` };
  return [llnLine, ...thresholds.filter((r) => r.y !== lln)].sort((a, b) => b.y - a.y);
}

/**
 * Where a series' line should break: between consecutive results more than `maxDays` apart.
 * @param x - epoch seconds, ascending
 * @param ys - the series' values at each x; null where it has no result
 */
export function longGaps(
  x: readonly number[],
  ys: readonly (number | null)[],
  maxDays: number = MAX_JOINED_GAP_DAYS,
): Gap[] {
  const gaps: Gap[] = [];
  let previous: number | undefined;
  x.forEach((xi, i) => {
    const y = ys[i];
    if (y === null || y === undefined) return;
    if (previous !== undefined && xi - previous > maxDays * DAY) gaps.push([previous, xi]);
    previous = xi;
  });
  return gaps;
}

/** 3 × 0.2 is 0.6000000000000001 in floating point; a tick label should read 0.6. */
const tidy = (n: number): number => Number(n.toPrecision(12));

/**
 * The top of the y axis and its tick step: a round number at or above every value (with headroom)
 * and above every reference line, so no point is drawn above the last labelled tick.
 */
export function yScale(
  values: readonly (number | null)[],
  refs: readonly ReferenceLine[],
): { readonly max: number; readonly step: number } {
  const highest = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const top = Math.max(...refs.map((r) => r.y * REFERENCE_HEADROOM), highest * VALUE_HEADROOM, 1);
  const rough = top / TARGET_Y_INTERVALS;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = tidy([1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude);
  return { max: tidy(Math.ceil(top / step - 1e-9) * step), step };
}

/** The y tick values for a scale from `yScale`: 0, step, 2 × step … max. */
export function yTicks(max: number, step: number): number[] {
  return Array.from({ length: Math.round(max / step) + 1 }, (_, i) => tidy(i * step));
}

function column(
  results: readonly LabResult[],
  dates: readonly IsoDate[],
  pick: (r: LabResult) => number | undefined,
): (number | null)[] {
  // One value per date: on a day with two results, the worse one (spec §1 "Latest"). A result
  // with a comparator is a bound, not a value: it is not a point (spec §1 "Display").
  return dates.map((d) => {
    const values = results
      .filter((r) => r.date === d && r.comparator === undefined)
      .map(pick)
      .filter((v): v is number => v !== undefined);
    return values.length > 0 ? Math.max(...values) : null;
  });
}

/** Per date, the bound a comparator result gives where no measured value was drawn. */
function boundColumn(
  results: readonly LabResult[],
  dates: readonly IsoDate[],
  ys: readonly (number | null)[],
  bound: (r: LabResult) => string | undefined,
): (string | null)[] {
  return dates.map((d, i) => {
    if (ys[i] !== null) return null;
    const texts = results.filter((r) => r.date === d && r.comparator !== undefined).map(bound);
    return texts.filter((t): t is string => t !== undefined).join(', ') || null;
  });
}

function build(
  groups: readonly {
    readonly results: readonly LabResult[];
    readonly spec: SeriesSpec;
    readonly pick: (r: LabResult) => number | undefined;
    readonly bound: (r: LabResult) => string | undefined;
  }[],
  rest: Pick<TrendData, 'refs' | 'yLabel'>,
  marks: readonly CourseMark[],
  asOf: IsoDate,
): TrendData | undefined {
  const present = groups.filter((g) => g.results.some((r) => r.date && g.pick(r) !== undefined));
  if (present.length === 0) return undefined;
  const dates = [...new Set(present.flatMap((g) => g.results.map((r) => r.date ?? '')))].filter(Boolean).sort();
  const x = dates.map((d) => toEpochSeconds(d) ?? 0);
  const startMarker = marks.find((m) => m.kind === 'start')?.x;
  const markXs = marks.flatMap((m) => (m.x === undefined ? [] : [m.x]));
  const ys = present.map((g) => column(g.results, dates, g.pick));
  const bounds = present.map((g, i) => boundColumn(g.results, dates, ys[i] ?? [], g.bound));
  const y = yScale(ys.flat(), rest.refs);
  return {
    dates,
    x,
    // A week's margin on the left keeps the first point off the axis; the right edge is "today".
    xMin: Math.min(...x, ...markXs) - WEEK,
    xMax: Math.max(toEpochSeconds(asOf) ?? 0, ...x),
    yMax: y.max,
    yStep: y.step,
    ys,
    bounds,
    gaps: ys.map((col) => longGaps(x, col)),
    series: present.map((g) => g.spec),
    startMarker,
    marks,
    ...rest,
  };
}

const usable = (r: LabResult): boolean => r.date !== undefined && r.value !== undefined;

export function liverTrend(a: Assessment): TrendData | undefined {
  return build(
    LIVER.map(({ analyte, spec }) => ({
      results: (a.labs[analyte] ?? []).filter(usable),
      spec,
      pick: (r: LabResult) => r.multipleOfUln,
      bound: (r: LabResult) =>
        r.multipleOfUln === undefined ? undefined : multipleText(r.multipleOfUln, r.comparator),
    })),
    { yLabel: '× upper limit of normal', refs: LIVER_REFS },
    courseMarks(a),
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
        bound: (r: LabResult) => (r.value === undefined ? undefined : valueText(r.value, undefined, r.comparator)),
      },
    ],
    { yLabel: 'ANC ×10⁹/L', refs: ancRefs(a.labs.anc?.[0]) },
    courseMarks(a),
    a.asOf,
  );
}
