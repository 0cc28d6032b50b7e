import type { Availability } from '../shared/availability';

/**
 * The count in a group's summary, honest about the reads behind it: "12" only when every read
 * finished; "12 so far" while pages stream in; never a bare "0" after a read failed.
 */
export function recordCountText(count: number, availability: Availability): string {
  switch (availability.kind) {
    case 'loading':
      return count === 0 ? 'loading' : `${count} so far, still loading`;
    case 'failed':
      return count === 0 ? 'could not be read' : `${count} read, but a read failed`;
    case 'capped':
      return `${count} read; the EHR has more`;
    case 'complete':
      return String(count);
  }
}
