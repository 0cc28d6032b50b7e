import { queryOptions } from '@tanstack/react-query';
import { loadUcumConverter } from '../fhir/units';

/** The unit converter (UCUM tables load with import(), in parallel with the FHIR reads). */
export function ucumQueryOptions() {
  return queryOptions({ queryKey: ['app', 'ucum'], queryFn: loadUcumConverter, staleTime: Infinity });
}
