import type { EligibilityStatus, MonitoringStatus, SchedulePointState, Severity } from '../../rules/types';

/** The visual families of status; each has its own colour AND icon AND words (never colour alone). */
export type Tone = 'critical' | 'warning' | 'info' | 'ok' | 'pending' | 'unknown';

/**
 * A reassuring status ("Eligible", "Up to date") is only as good as the lab reads behind it: while
 * they load it says "so far", after one failed it is not shown as good at all.
 */
export function qualifyReassurance(
  tone: Tone,
  label: string,
  labs: 'loading' | 'failed' | 'capped' | 'complete',
): { readonly tone: Tone; readonly label: string } {
  switch (labs) {
    case 'failed':
      return tone === 'ok' ? { tone: 'unknown', label: `${label}? Labs could not be read` } : { tone, label };
    case 'loading':
      // "Overdue" may only mean the answering ALT is on a page not yet read.
      return tone === 'ok'
        ? { tone: 'pending', label: `${label} so far (loading)` }
        : { tone, label: `${label} so far` };
    case 'capped':
    case 'complete':
      return { tone, label };
  }
}

export function severityTone(s: Severity): Tone {
  return s;
}

export function severityLabel(s: Severity): string {
  switch (s) {
    case 'critical':
      return 'Critical';
    case 'warning':
      return 'Warning';
    case 'info':
      return 'Info';
  }
}

export function eligibilityTone(s: EligibilityStatus): Tone {
  switch (s) {
    case 'eligible':
      return 'ok';
    case 'caution':
      return 'warning';
    case 'insufficient-data':
      return 'unknown';
    case 'not-recommended':
      return 'warning';
    case 'contraindicated':
      return 'critical';
  }
}

export function eligibilityLabel(s: EligibilityStatus): string {
  switch (s) {
    case 'eligible':
      return 'Eligible';
    case 'caution':
      return 'Eligible with caution';
    case 'insufficient-data':
      return 'Insufficient data';
    case 'not-recommended':
      return 'Not recommended';
    case 'contraindicated':
      return 'Contraindicated';
  }
}

export function monitoringTone(s: MonitoringStatus): Tone {
  switch (s) {
    case 'up-to-date':
      return 'ok';
    case 'due':
      return 'info';
    case 'overdue':
      return 'warning';
    case 'stop-recommended':
      return 'critical';
    case 'not-applicable':
      return 'unknown';
  }
}

/** @param confirming - the due check is the confirmation after a raised result (four liver tests), not ALT alone */
export function monitoringLabel(s: MonitoringStatus, confirming = false): string {
  switch (s) {
    case 'up-to-date':
      return 'Up to date';
    case 'due':
      return confirming ? 'Liver tests due' : 'ALT due';
    case 'overdue':
      return confirming ? 'Liver tests overdue' : 'ALT overdue';
    case 'stop-recommended':
      return 'Stop recommended';
    case 'not-applicable':
      return 'Not on riluzole: no schedule';
  }
}

export function pointTone(s: SchedulePointState): Tone {
  switch (s) {
    case 'done':
      return 'ok';
    case 'late':
      return 'info';
    case 'missed':
      return 'warning';
    case 'due':
      return 'info';
    case 'overdue':
      return 'warning';
    case 'upcoming':
    case 'suspended':
      return 'pending';
  }
}

export function pointLabel(s: SchedulePointState): string {
  switch (s) {
    case 'done':
      return 'Done';
    case 'late':
      return 'Done late';
    case 'missed':
      return 'Missed';
    case 'due':
      return 'Due now';
    case 'overdue':
      return 'Overdue';
    case 'upcoming':
      return 'Upcoming';
    case 'suspended':
      return 'Suspended while stop is recommended';
  }
}
