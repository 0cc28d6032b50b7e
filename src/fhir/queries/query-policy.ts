/**
 * What one EHR's FHIR server supports, from its `smart-config.json` entry
 * (the README's table of `query` keys says which EHR needs which).
 */
export interface QueryPolicy {
  /** Every Observation search carries a `category` (Epic answers 400 to some code-only searches). */
  readonly labsNeedCategory: boolean;
  /** The server has R4 MedicationStatement (Epic and Oracle Health do not). */
  readonly hasMedicationStatement: boolean;
  /**
   * The server supports `code` search on MedicationRequest. The app filters medications on the
   * client (interactions need every drug), so this only records the EHR's capability.
   */
  readonly medicationRequestCodeSearch: boolean;
  /**
   * Observation searches carry `_sort=-date`, so the first page of a many-page lab read holds the
   * newest results (the ones the monitoring schedule turns on) instead of the oldest. Off for
   * EHRs whose `_sort` support is not confirmed: an unsupported `_sort` may be refused with a 400.
   */
  readonly sortNewestFirst: boolean;
  /** `_count` sent with every search. */
  readonly pageSize: number;
  /** Pages followed per read before stopping with status "capped". */
  readonly maxPages: number;
  /**
   * The server gives `Bundle.total` and honours `_offset`: after a search's first page, the rest
   * are asked side by side (`_offset=100`, `_offset=200`…). Off unless the EHR is known to do it.
   */
  readonly offsetPaging: boolean;
  /**
   * A long Observation search is split into date slices (`date=ge…&date=lt…`) asked side by side,
   * newest first, a slice still full split once more (parallel-search.ts). Off: one `next` link
   * after another, as before.
   */
  readonly dateSlices: boolean;
  /** Requests in flight at once to this EHR, for all reads of the app together. */
  readonly maxInFlight: number;
  /**
   * The largest `_count` the server is known to honour. The requests after a search's first page
   * (its `_offset` pages, its date slices) ask for up to this many, so a long history is a few
   * large requests instead of many of `pageSize`; the first page stays at `pageSize`, so the first
   * answer is not slowed. Absent: `pageSize`, as every request before.
   */
  readonly maxPageSize?: number;
}

export const DEFAULT_QUERY_POLICY: QueryPolicy = {
  labsNeedCategory: false,
  hasMedicationStatement: true,
  medicationRequestCodeSearch: true,
  sortNewestFirst: true,
  pageSize: 100,
  maxPages: 50,
  offsetPaging: false,
  dateSlices: false,
  maxInFlight: 6,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function maxPageSize(v: unknown): { maxPageSize?: number } {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 1000 ? { maxPageSize: v } : {};
}

/** Reads a policy from untrusted JSON; missing or mistyped fields take the defaults. */
export function parseQueryPolicy(json: unknown): QueryPolicy {
  if (!isRecord(json)) return DEFAULT_QUERY_POLICY;
  const bool = (key: keyof QueryPolicy): boolean => {
    const v = json[key];
    return typeof v === 'boolean' ? v : (DEFAULT_QUERY_POLICY[key] as boolean);
  };
  const count = (key: 'pageSize' | 'maxPages' | 'maxInFlight', max: number): number => {
    const v = json[key];
    return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= max ? v : DEFAULT_QUERY_POLICY[key];
  };
  return {
    labsNeedCategory: bool('labsNeedCategory'),
    hasMedicationStatement: bool('hasMedicationStatement'),
    medicationRequestCodeSearch: bool('medicationRequestCodeSearch'),
    sortNewestFirst: bool('sortNewestFirst'),
    pageSize: count('pageSize', 1000),
    maxPages: count('maxPages', 1000),
    offsetPaging: bool('offsetPaging'),
    dateSlices: bool('dateSlices'),
    maxInFlight: count('maxInFlight', 64),
    ...maxPageSize(json.maxPageSize),
  };
}
