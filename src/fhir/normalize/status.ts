/** Observation status per spec §2: which count, which count with a note, which are ignored. */
import type { DataNote } from '../../rules/types';

/** Does an Observation with this status take part in rules? Adds the note that says why (not). */
export function observationStatus(
  status: string,
  resourceType: string,
  id: string,
): { counts: boolean; notes: DataNote[] } {
  switch (status) {
    case 'final':
    case 'amended':
    case 'corrected':
      return { counts: true, notes: [] };
    case 'preliminary':
      return {
        counts: true,
        notes: [
          { code: 'data.preliminary', detail: 'Preliminary result: counted, may still change.', resourceType, id },
        ],
      };
    default:
      return {
        counts: false,
        notes: [
          {
            code: 'data.status-ignored',
            detail: `Status "${status || 'missing'}": result ignored.`,
            resourceType,
            id,
          },
        ],
      };
  }
}
