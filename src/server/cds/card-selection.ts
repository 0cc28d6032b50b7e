/**
 * Which findings become cards, per hook (issue 10's list), and at which indicator. This is the only
 * choice made here: every word, value and date comes from the Assessment the rules returned.
 */
import type { Assessment, DataSource, Finding, FindingCode } from '../../rules/types';
import type { Indicator } from './card-types';
import type { HookName } from './services';

export interface Selected {
  readonly finding: Finding;
  readonly indicator: Indicator;
}

const ORDER_WARNING_OUTCOMES = new Set(['insufficient-data', 'caution']);
const ORDER_CRITICAL_OUTCOMES = new Set(['contraindicated', 'not-recommended']);

/**
 * Data that could not be read or judged, and rules that could not be applied: a warning card on
 * every hook, since silence would read as safe (issue 10; docs/clinical-spec.md §12).
 */
const UNKNOWN_DATA: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'data.read-failed',
  'data.rule-failed',
  'data.latest-unjudgeable',
]);

/**
 * On an order: contraindicated or not recommended (critical), a missing baseline ALT, caution rows,
 * interactions and a non-standard dose (warning), data that could not be read (warning), and any
 * finding the rules call critical (a stop-level result of a current course, a riluzole allergy).
 */
function orderIndicator(f: Finding): Indicator | undefined {
  if (f.severity === 'critical') return 'critical';
  if (f.outcome !== undefined && ORDER_CRITICAL_OUTCOMES.has(f.outcome)) return 'critical';
  if (f.outcome !== undefined && ORDER_WARNING_OUTCOMES.has(f.outcome)) return 'warning';
  if (f.code === 'baseline.alt-missing' || f.code === 'dose.nonstandard' || UNKNOWN_DATA.has(f.code)) {
    return 'warning';
  }
  if (f.code.startsWith('interaction.') && f.severity === 'warning') return 'warning';
  return undefined;
}

/**
 * On patient-view, for a patient on a riluzole order: stop-level findings (critical), overdue
 * (warning), due (info), the confirmation of a raised result (warning), data that could not be
 * read or judged (warning). Nothing when up to date.
 */
function patientViewIndicator(f: Finding): Indicator | undefined {
  if (f.severity === 'critical') return 'critical';
  if (UNKNOWN_DATA.has(f.code)) return 'warning';
  switch (f.code) {
    case 'monitoring.overdue':
    case 'monitoring.confirm-due':
      return 'warning';
    case 'monitoring.due':
      return 'info';
    default:
      return undefined;
  }
}

/** On a riluzole order: a current or paused course, or an order that is planned or starts later. */
export function onRiluzoleOrder(a: Assessment): boolean {
  const status = a.treatment.status;
  if (status === 'on-riluzole' || status === 'paused') return true;
  return a.dataNotes.some((n) => n.code === 'data.future-or-planned-order');
}

const RANK: Readonly<Record<Indicator, number>> = { critical: 0, warning: 1, info: 2 };

/**
 * The findings to show as cards, worst first (the rules' order within one indicator).
 * @param hook - the hook answered
 * @param a - the assessment (findings each code once, ordered by the rules)
 * @param unavailable - the kinds of record the request could not supply
 */
export function selectFindings(hook: HookName, a: Assessment, unavailable: readonly DataSource[] = []): Selected[] {
  let pick: (f: Finding) => Indicator | undefined;
  switch (hook) {
    case 'order-select':
    case 'order-sign':
      pick = orderIndicator;
      break;
    case 'patient-view':
      // Unread medications: whether the patient is on riluzole is unknown, so that is said.
      if (!onRiluzoleOrder(a)) {
        if (!unavailable.includes('medications')) return [];
        pick = (f) => (f.code === 'data.read-failed' ? 'warning' : undefined);
        break;
      }
      pick = patientViewIndicator;
      break;
  }
  // The eligibility findings carry the row outcome; the merged list carries each code once.
  const outcomes = new Map(a.eligibility.findings.map((f) => [f.code, f.outcome]));
  const out: Selected[] = [];
  for (const f of a.findings) {
    const outcome = f.outcome ?? outcomes.get(f.code);
    const finding = outcome !== undefined ? { ...f, outcome } : f;
    const indicator = pick(finding);
    if (indicator) out.push({ finding, indicator });
  }
  return out.sort((x, y) => RANK[x.indicator] - RANK[y.indicator]);
}
