import {
  normalizeResource,
  normalizeResourceFast,
  type MedicationSummary,
  type NormalizedItem,
} from '../fhir/normalize';
import type { UnitConverter } from '../fhir/units';
import { describeError } from './input-error';
import { PatientStore } from './patient-store';
import type { FhirObject, SourcedResource } from './sourced-resource';
import { StringPool } from './string-pool';

/**
 * Normalises resources as they stream in and keeps only their records: per patient, plus the
 * Medication summaries (shared, keyed by id: a Bulk export's Medication.ndjson may come before or
 * after the MedicationRequest.ndjson that references it, so references are resolved at the end).
 *
 * A record that names no patient (an Observation without `subject`) joins its file's patient when
 * the file holds exactly one, else the input's when there is only one; otherwise it is counted.
 */
export class Collector {
  readonly groups: PatientStore<NormalizedItem>;
  readonly medications = new Map<string, MedicationSummary>();
  private file: string | undefined;
  private filePatient: string | null | undefined; // null: more than one patient in the file
  private fileOrphans: NormalizedItem[] = [];
  private inputOrphans: { readonly file: string; readonly items: NormalizedItem[] }[] = [];
  private readonly strings = new StringPool();

  /**
   * @param spillAfter - records held in memory before the rest go to temp files
   * @param reference - normalise every resource the reference way (no fast lab path): the bench's baseline
   */
  constructor(
    private readonly units: UnitConverter,
    spillAfter = Number.POSITIVE_INFINITY,
    private readonly reference = false,
  ) {
    this.groups = new PatientStore(spillAfter);
  }

  add({ resource, file }: SourcedResource): void {
    this.addItems(file, normalizeSafely(resource, this.units, this.reference));
  }

  /** The items of one resource of `file`, normalised already (by a bulk worker). */
  addItems(file: string, items: readonly NormalizedItem[]): void {
    if (file !== this.file) this.endFile(file);
    for (const item of items) {
      // Pooling pays only for records kept as objects; spilled ones are serialised at once.
      if (!this.groups.spilled) this.strings.compact(item);
      if (item.type === 'medication-summary') {
        this.medications.set(item.summary.id, item.summary);
      } else if (item.patientId === undefined) {
        this.fileOrphans.push(item);
      } else {
        this.groups.add(item.patientId, item);
        this.sawPatient(item.patientId);
      }
    }
  }

  /**
   * A record of `file` already serialised as the store's spill line (`[patientId, item]`, by a bulk
   * worker): it goes to the temp files without being parsed here.
   */
  addLine(file: string, patientId: string, line: string): void {
    if (file !== this.file) this.endFile(file);
    this.groups.addLine(patientId, line);
    this.sawPatient(patientId);
  }

  private sawPatient(patientId: string): void {
    if (this.filePatient === undefined) this.filePatient = patientId;
    else if (this.filePatient !== patientId) this.filePatient = null;
  }

  /**
   * Places what is left once every input is read.
   * @returns one warning per file whose patient-less records could not be placed
   */
  finish(): string[] {
    this.endFile(undefined);
    const ids = this.groups.patientIds();
    const warnings: string[] = [];
    for (const { file, items } of this.inputOrphans) {
      const only = ids.length === 1 ? ids[0] : undefined;
      if (only !== undefined) for (const item of items) this.groups.add(only, item);
      else warnings.push(`${file}: ${items.length} record(s) name no patient and were left out`);
    }
    this.inputOrphans = [];
    return warnings;
  }

  private endFile(next: string | undefined): void {
    if (this.fileOrphans.length > 0) {
      const patient = this.filePatient;
      if (typeof patient === 'string') for (const item of this.fileOrphans) this.groups.add(patient, item);
      else if (this.file !== undefined) this.inputOrphans.push({ file: this.file, items: this.fileOrphans });
    }
    this.file = next;
    this.filePatient = undefined;
    this.fileOrphans = [];
  }
}

/**
 * A resource's items. The normaliser is meant never to throw; if it does, the resource becomes a
 * data note. Shared by the collector and the bulk workers.
 * @param reference - the reference normaliser only (no fast lab path)
 */
export function normalizeSafely(resource: FhirObject, units: UnitConverter, reference: boolean): NormalizedItem[] {
  try {
    const ctx = { units };
    return reference ? normalizeResource(resource, ctx) : normalizeResourceFast(resource, ctx);
  } catch (error) {
    const id = typeof resource.id === 'string' ? resource.id : undefined;
    const patientId = patientOf(resource);
    return [
      {
        type: 'note',
        ...(patientId !== undefined && { patientId }),
        note: {
          code: 'data.malformed-resource',
          detail: `${resource.resourceType}${id ? `/${id}` : ''} could not be read: ${describeError(error)}`,
          resourceType: resource.resourceType,
          ...(id !== undefined && { id }),
        },
      },
    ];
  }
}

/** The patient a resource is about, read the plain way (used only when the normaliser failed). */
function patientOf(resource: FhirObject): string | undefined {
  if (resource.resourceType === 'Patient') return typeof resource.id === 'string' ? resource.id : undefined;
  for (const key of ['subject', 'patient']) {
    const ref = resource[key];
    const text = typeof ref === 'object' && ref !== null ? (ref as { reference?: unknown }).reference : undefined;
    const match = typeof text === 'string' ? /(?:^|\/)Patient\/([^/]+)/.exec(text) : null;
    if (match?.[1]) return match[1];
  }
  return undefined;
}
