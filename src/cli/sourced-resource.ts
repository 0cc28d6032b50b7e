/** A parsed FHIR resource and where it came from ("file.json entry 3"), for error messages. */
export interface SourcedResource {
  readonly resource: FhirObject;
  /** The file, and the line, entry or item within it. */
  readonly source: string;
  /** The file alone: records naming no patient join the file's one patient. */
  readonly file: string;
}

/** A JSON object with a `resourceType`: the least a value must have to be taken for FHIR. */
export type FhirObject = { readonly resourceType: string } & Record<string, unknown>;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFhirObject(value: unknown): value is FhirObject {
  return isObject(value) && typeof value.resourceType === 'string' && value.resourceType !== '';
}
