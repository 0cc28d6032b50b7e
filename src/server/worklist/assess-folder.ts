/**
 * Assess every patient of a downloaded Bulk export folder, one at a time in patient-id order, through
 * the command line's NDJSON path (grouping by patient, spill to disk) and the rules. A type the export
 * could not deliver is "could not be read" for every patient (none of them can read eligible or up to
 * date). Stopgap until helper G1's src/server/bulk/assess-export.ts lands: same contract.
 */
import { assembleClinicalData } from '../../fhir/normalize';
import { loadUcumConverter } from '../../fhir/units';
import { assessRiluzole } from '../../rules';
import type { Assessment, DataSource, IsoDate, Policy, Settings } from '../../rules/types';
import { Collector } from '../../cli/collector';
import { expandPath, fileResources } from '../../cli/read-files';
import { spillAfter } from '../../cli/run';

/** The rules' sources a failed export type leaves unread. */
const SOURCES_OF_TYPE: Readonly<Record<string, readonly DataSource[]>> = {
  Patient: ['patient'],
  Observation: ['labs', 'status-observations'],
  MedicationRequest: ['medications'],
  MedicationStatement: ['medications'],
  Medication: ['medications'],
  Condition: ['conditions'],
  AllergyIntolerance: ['allergies'],
};

/** The unread sources for the failed types; an unknown type fails every source (never good news). */
export function unavailableFor(failedTypes: readonly string[]): DataSource[] {
  const all = new Set<DataSource>();
  for (const type of failedTypes) {
    const sources = SOURCES_OF_TYPE[type] ?? Object.values(SOURCES_OF_TYPE).flat();
    for (const s of sources) all.add(s);
  }
  return [...all];
}

export interface AssessFolderOptions {
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly settings: Settings;
  readonly failedTypes: readonly string[];
}

/**
 * Calls `each` with every patient's assessment, in patient-id order.
 * @returns the number of patients
 */
export async function assessFolder(
  dir: string,
  opts: AssessFolderOptions,
  each: (a: Assessment) => void | Promise<void>,
): Promise<number> {
  const collector = new Collector(await loadUcumConverter(), spillAfter());
  const store = collector.groups;
  const unavailable = unavailableFor(opts.failedTypes);
  try {
    let count = 0;
    for (const file of await expandPath(dir)) {
      for (const sourced of fileResources(file)) {
        collector.add(sourced);
        if (++count % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    collector.finish();
    await store.emitInOrder(
      (id, items) => {
        const data = assembleClinicalData(id, items, collector.medications);
        const input = unavailable.length > 0 ? { ...data, unavailable } : data;
        return JSON.stringify(assessRiluzole(input, { asOf: opts.asOf, policy: opts.policy, settings: opts.settings }));
      },
      async (line) => each(JSON.parse(line) as Assessment),
    );
    return store.patientIds().length;
  } finally {
    store.dispose();
  }
}
