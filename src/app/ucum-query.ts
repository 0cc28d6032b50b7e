import { queryOptions } from '@tanstack/react-query';
import { loadUcumConverter } from '../fhir/units';

/**
 * The table + UCUM converter. Loaded with import() only when the spec §3 table missed a unit of the
 * patient's records (use-patient-data.ts), so most launches never load the UCUM tables.
 */
export function ucumQueryOptions() {
  return queryOptions({ queryKey: ['app', 'ucum'], queryFn: loadUcumConverter, staleTime: Infinity });
}
