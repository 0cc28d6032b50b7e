import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ExportErrorEntry } from './export-types';

/** What one `error` file said: the entries, and whether an error-level entry named no type. */
export interface ErrorFileReading {
  readonly entries: ExportErrorEntry[];
  /** Types an error or fatal issue names. */
  readonly failedTypes: Set<string>;
  /** An error or fatal issue named no type: the client cannot tell which data are missing. */
  untyped: boolean;
}

const MESSAGE_LENGTH = 200;

/**
 * Reads an `error` file (NDJSON of OperationOutcome, streamed line by line). An issue's type is
 * the first of `expression`/`location`/`diagnostics`/`details.text` that starts with or names one
 * of `types`. Messages are shortened and resource references are masked: the server's
 * diagnostics may name a patient.
 */
export async function readErrorFile(path: string, types: readonly string[]): Promise<ErrorFileReading> {
  const reading: ErrorFileReading = { entries: [], failedTypes: new Set(), untyped: false };
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let outcome: unknown;
    try {
      outcome = JSON.parse(line);
    } catch {
      reading.entries.push({ message: 'an error file line is not JSON' });
      reading.untyped = true;
      continue;
    }
    const issues = (outcome as { issue?: unknown } | null)?.issue;
    for (const issue of Array.isArray(issues) ? issues : [outcome]) readIssue(issue, types, reading);
  }
  return reading;
}

function readIssue(issue: unknown, types: readonly string[], reading: ErrorFileReading): void {
  const record = (issue ?? {}) as Record<string, unknown>;
  const texts = [
    ...strings(record.expression),
    ...strings(record.location),
    ...strings(record.diagnostics),
    ...strings((record.details as { text?: unknown } | undefined)?.text),
  ];
  const type = typeNamed(texts, types);
  const severity = typeof record.severity === 'string' ? record.severity : 'error';
  const words = strings(record.diagnostics)[0] ?? strings((record.details as { text?: unknown })?.text)[0];
  const message = `${severity}: ${mask(words ?? (typeof record.code === 'string' ? record.code : 'no diagnostics'))}`;
  reading.entries.push({ ...(type !== undefined && { type }), message });
  // Warnings and information do not say data are missing; errors and unknown severities do.
  if (severity === 'warning' || severity === 'information') return;
  if (type !== undefined) reading.failedTypes.add(type);
  else reading.untyped = true;
}

/** The type named first in the first text that names one ("Observation for Patient/…" is Observation). */
function typeNamed(texts: readonly string[], types: readonly string[]): string | undefined {
  for (const text of texts) {
    let best: { readonly type: string; readonly at: number } | undefined;
    for (const type of types) {
      const at = text.search(new RegExp(`(^|[^A-Za-z])${type}([^A-Za-z]|$)`));
      if (at !== -1 && (best === undefined || at < best.at)) best = { type, at };
    }
    if (best) return best.type;
  }
  return undefined;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Masks `Type/id` references and long numbers, and cuts the line: no patient id reaches a log. */
export function mask(text: string): string {
  const masked = text
    .replace(/\b([A-Z][A-Za-z]+)\/[A-Za-z0-9\-.]{1,64}/g, '$1/…')
    .replace(/\d{4,}/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
  return masked.length > MESSAGE_LENGTH ? `${masked.slice(0, MESSAGE_LENGTH - 1)}…` : masked;
}
