/**
 * One patient's output line, from their records: the same function on the main thread and in the
 * bulk workers (src/cli/bulk-worker.ts), so a parallel run writes exactly what a serial one does.
 * A spec is plain data (it crosses to the workers by structured clone).
 */
import { assembleClinicalData, type MedicationSummary, type NormalizedItem } from '../fhir/normalize';
import { assessRiluzole } from '../rules';
import type { DataSource, IsoDate, Policy, Settings } from '../rules/types';
import type { OutputFormat } from './args';
import { formatText } from './format-text';

export type ProduceSpec =
  /** The command line: the Assessment as JSON, or its text summary. */
  | {
      readonly kind: 'cli';
      readonly format: OutputFormat;
      readonly asOf: IsoDate;
      readonly policy: Policy;
      readonly settings: Settings;
      /** Sources every patient lacks (input lines that could not be read). */
      readonly unavailable: readonly DataSource[];
    }
  /** The worklist's Bulk export: `{ patientId, assessment, unreadable }` as JSON. */
  | {
      readonly kind: 'export';
      readonly asOf: IsoDate;
      readonly policy: Policy;
      readonly settings: Settings;
      readonly unavailable: readonly DataSource[];
      readonly unreadable: readonly string[];
    };

/** One patient's output (may hold newlines in the text format). */
export function producePatient(
  spec: ProduceSpec,
  patientId: string,
  items: NormalizedItem[],
  medications: ReadonlyMap<string, MedicationSummary>,
): string {
  const assembled = assembleClinicalData(patientId, items, medications);
  const options = { asOf: spec.asOf, policy: spec.policy, settings: spec.settings };
  switch (spec.kind) {
    case 'cli': {
      const { unavailable } = spec;
      const data =
        unavailable.length === 0
          ? assembled
          : { ...assembled, unavailable: [...new Set([...(assembled.unavailable ?? []), ...unavailable])] };
      const assessment = assessRiluzole(data, options);
      return spec.format === 'json' ? JSON.stringify(assessment) : formatText(assessment);
    }
    case 'export': {
      const merged = [...new Set([...(assembled.unavailable ?? []), ...spec.unavailable])];
      const assessment = assessRiluzole({ ...assembled, ...(merged.length > 0 && { unavailable: merged }) }, options);
      return JSON.stringify({ patientId, assessment, unreadable: spec.unreadable });
    }
  }
}
