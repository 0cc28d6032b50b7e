import type { Analyte, Assessment, IsoDate, LabResult } from '../../rules/types';

/** The newest result of an analyte within [from, to] (labs are newest first, spec §8). */
export function latestInWindow(
  assessment: Assessment,
  analyte: Analyte,
  window: { readonly from: IsoDate; readonly to: IsoDate },
): LabResult | undefined {
  return (assessment.labs[analyte] ?? []).find(
    (r) => r.date !== undefined && r.date >= window.from && r.date <= window.to,
  );
}

export function labsOf(assessment: Assessment, analyte: Analyte): readonly LabResult[] {
  return assessment.labs[analyte] ?? [];
}
