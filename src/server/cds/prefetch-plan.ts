/**
 * The prefetch templates: the same reads the app makes at launch (src/fhir/queries/read-plan),
 * written with the `{{context.patientId}}` token. CDS Hooks 2.0.1 has no relative-date tokens, so
 * the templates carry no date windows; the rules pick the dates they need from what comes back.
 */
import { LAB_SEARCH_LOINC } from '../../fhir/codes';
import { buildReadPlan, type ReadId } from '../../fhir/queries/read-plan';
import { sourcesOfRead } from '../../fhir/queries/read-sources';
import type { DataSource } from '../../rules/types';

const PATIENT_TOKEN = '{{context.patientId}}';
const SENTINEL = 'CDSPATIENTIDTOKEN';

/** The reads as Epic serves them: category on every Observation search, no MedicationStatement. */
const PREFETCH_POLICY = {
  labsNeedCategory: true,
  hasMedicationStatement: false,
  medicationRequestCodeSearch: false,
  sortNewestFirst: false,
  pageSize: 1000,
  maxPages: 50,
  offsetPaging: false,
  dateSlices: false,
  maxInFlight: 6,
} as const;

export interface PrefetchRead {
  /** The prefetch key, e.g. `labsLoinc1`, `medicationRequests`. */
  readonly key: string;
  readonly readId: ReadId;
  /** The template, relative to the FHIR base, with `{{context.patientId}}`. */
  readonly template: string;
  /** The kind of record that is "not read" when this key's data could not be had (none: vitals). */
  /** The kinds of data this read feeds: unread when the EHR could not prefetch it. */
  readonly sources: readonly DataSource[];
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function build(): readonly PrefetchRead[] {
  const plan = buildReadPlan({
    serverUrl: '',
    patientId: SENTINEL,
    policy: PREFETCH_POLICY,
    labLoinc: LAB_SEARCH_LOINC,
  });
  return plan.map((spec) => {
    // A prefetch is answered whole (one Bundle): no page size.
    const template = spec.path.replace(/&_count=\d+/, '').replaceAll(SENTINEL, PATIENT_TOKEN);
    // The app's own table of which read feeds which data (fhir/queries/read-sources).
    return { key: camel(spec.id), readId: spec.id, template, sources: sourcesOfRead(spec.id) };
  });
}

export const PREFETCH_READS: readonly PrefetchRead[] = build();

/** `{ key: template }` for the discovery document. */
export function prefetchTemplates(): Record<string, string> {
  return Object.fromEntries(PREFETCH_READS.map((r) => [r.key, r.template]));
}

/** A template with the patient id filled in (the fallback read when a key is missing). */
export function fillTemplate(template: string, patientId: string): string {
  return template.replaceAll(PATIENT_TOKEN, encodeURIComponent(patientId));
}
