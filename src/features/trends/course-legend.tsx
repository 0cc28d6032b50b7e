import type { ReactElement } from 'react';
import type { CourseMark, CourseMarkKind } from './course-marks';

interface CourseLegendProps {
  readonly marks: readonly CourseMark[];
}

/** How each kind is drawn, in words: the legend must not rely on colour alone. */
function drawnAs(kind: CourseMarkKind): string {
  switch (kind) {
    case 'start':
      return 'solid green line';
    case 'stop':
      return 'dashed red line';
    case 'hold':
      return 'shaded band';
  }
}

/** The riluzole course's start, stops and holds that the chart marks, with how each is drawn. */
export function CourseLegend({ marks }: CourseLegendProps): ReactElement | null {
  if (marks.length === 0) return null;
  return (
    <ul className="rm-plain-list rm-course-legend" aria-label="Riluzole course on the chart">
      {marks.map((m) => (
        <li key={`${m.kind}-${m.date ?? 'undated'}-${m.to ?? ''}`}>
          <span className={`rm-course-swatch rm-course-swatch-${m.kind}`} aria-hidden="true" />
          {m.text}
          {m.x === undefined ? ': not drawn on the chart' : ` (${drawnAs(m.kind)})`}
        </li>
      ))}
    </ul>
  );
}
