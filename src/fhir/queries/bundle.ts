/** Splits one FHIR response (a Bundle page or a single resource) into data, warnings and `next`. */

/** A FHIR resource as far as the data layer cares: its type and id; the normaliser reads the rest. */
export interface FhirResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly [key: string]: unknown;
}

export interface Page {
  readonly resources: readonly FhirResource[];
  /** OperationOutcome issues found among the entries, as text. */
  readonly warnings: readonly string[];
  /** The `next` link, as the server wrote it (not yet checked). */
  readonly next?: string;
  /** `Bundle.total` when the server gave a whole number: the matches of the whole search. */
  readonly total?: number;
}

/** The response was not FHIR JSON at all. */
export class MalformedResponseError extends Error {
  constructor(detail: string) {
    super(`The EHR sent a response that is not FHIR: ${detail}`);
    this.name = 'MalformedResponseError';
  }
}

export function isResource(value: unknown): value is FhirResource {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { resourceType?: unknown }).resourceType === 'string'
  );
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The issues of an OperationOutcome as sentences (diagnostics, else details.text, else the code). */
export function outcomeText(outcome: unknown): string[] {
  if (!isResource(outcome)) return [];
  return asArray(outcome.issue).flatMap((issue): string[] => {
    if (typeof issue !== 'object' || issue === null) return [];
    const i = issue as { severity?: unknown; code?: unknown; diagnostics?: unknown; details?: { text?: unknown } };
    const text =
      (typeof i.diagnostics === 'string' && i.diagnostics) ||
      (typeof i.details?.text === 'string' && i.details.text) ||
      (typeof i.code === 'string' && i.code) ||
      '';
    if (!text) return [];
    return [typeof i.severity === 'string' ? `${i.severity}: ${text}` : text];
  });
}

export function splitPage(body: unknown): Page {
  if (!isResource(body)) throw new MalformedResponseError('no resourceType');
  if (body.resourceType !== 'Bundle') {
    if (body.resourceType === 'OperationOutcome') return { resources: [], warnings: outcomeText(body) };
    return { resources: [body], warnings: [] };
  }
  const resources: FhirResource[] = [];
  const warnings: string[] = [];
  // `Bundle.entry` is absent when there are no results: that is an empty page, not an error.
  for (const entry of asArray(body.entry)) {
    const resource = (entry as { resource?: unknown } | null)?.resource;
    if (!isResource(resource)) continue;
    if (resource.resourceType === 'OperationOutcome') warnings.push(...outcomeText(resource));
    else resources.push(resource);
  }
  const next = asArray(body.link).find(
    (l): l is { relation: string; url: string } =>
      typeof l === 'object' &&
      l !== null &&
      (l as { relation?: unknown }).relation === 'next' &&
      typeof (l as { url?: unknown }).url === 'string',
  );
  const total =
    typeof body.total === 'number' && Number.isInteger(body.total) && body.total >= 0 ? body.total : undefined;
  return {
    resources,
    warnings,
    ...(next ? { next: next.url } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}
