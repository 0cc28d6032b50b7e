/**
 * The panels of src/features ask "could this kind of data be read?" through ReadState lists. A stored
 * assessment came from a Group export, not from reads: this gives the panels one read per kind of data,
 * done, or failed when the run could not read it, so a failed type never reads as "none recorded".
 */
import type { ReadState } from '../fhir/queries/read-state';
import { DATA_SOURCES, type DataSource } from '../rules/types';
import type { RunView } from './api-types';

/** The read id of src/fhir/queries/read-sources.ts that feeds each kind of data. */
const READ_OF: Readonly<Record<DataSource, { readonly id: string; readonly resourceType: string }>> = {
  patient: { id: 'patient', resourceType: 'Patient' },
  labs: { id: 'labs-category', resourceType: 'Observation' },
  medications: { id: 'medication-requests', resourceType: 'MedicationRequest' },
  conditions: { id: 'conditions', resourceType: 'Condition' },
  allergies: { id: 'allergies', resourceType: 'AllergyIntolerance' },
  'pregnancy-status': { id: 'pregnancy', resourceType: 'Observation' },
  'breastfeeding-status': { id: 'pregnancy', resourceType: 'Observation' },
  smoking: { id: 'smoking', resourceType: 'Observation' },
  'vital-signs': { id: 'vital-signs', resourceType: 'Observation' },
  'lung-function': { id: 'fvc', resourceType: 'Observation' },
};

/**
 * The reads the panels are told about for a stored assessment of this run.
 * @param run - the export run (its failed types and the kinds of data they leave unread)
 */
export function exportReads(run: Pick<RunView, 'failedTypes' | 'unavailable' | 'groupId'>): ReadState[] {
  const unread = new Set(run.unavailable);
  const byId = new Map<string, ReadState>();
  for (const source of DATA_SOURCES) {
    const { id, resourceType } = READ_OF[source];
    const failed = unread.has(source) || byId.get(id)?.status === 'error';
    byId.set(id, {
      id,
      label: `${resourceType} (Group export)`,
      resourceType,
      request: `Group/${run.groupId}/$export?_type=${resourceType}`,
      status: failed ? 'error' : 'done',
      pages: 1,
      count: 0,
      warnings: [],
      ...(failed
        ? {
            error: {
              kind: 'server' as const,
              message: `the clinic export could not read ${run.failedTypes.join(', ') || resourceType} records`,
            },
          }
        : {}),
    });
  }
  return [...byId.values()];
}
