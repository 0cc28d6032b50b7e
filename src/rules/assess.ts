/**
 * assessRiluzole: the whole assessment of one patient at one date (spec §8). Pure: no clock,
 * no network; time is the `asOf` input.
 */
import { addDays, toIsoDate } from './dates';
import type { Ctx, LabIndex } from './context';
import { CODES_SEARCHED } from './conditions';
import { type EligibilityResult, assessEligibility } from './eligibility';
import { mergeFindings } from './findings';
import { type RuleFamily, errorWords, guarded, notAssessedAssessment, ruleFailedFinding } from './guard';
import { interactionFindings } from './interactions';
import { buildLabIndex, labResults } from './labs';
import { type MonitoringWithConfirmation, withConfirmation } from './confirmation';
import { assessMonitoring } from './monitoring';
import { readFailureFinding, unavailableSources, unreadMonitoring } from './read-failures';
import { DEFAULT_SETTINGS } from './settings';
import { assessSupportive, supportiveFindings } from './supportive';
import { sanitizeInput } from './sanitize';
import { assessTreatment } from './treatment';
import type { Assessment, AssessOptions, ClinicalData, DataNote, Finding } from './types';

function noteKey(n: DataNote): string {
  return n.id !== undefined ? `${n.code}|${n.resourceType ?? ''}|${n.id}` : `${n.code}|${n.detail}`;
}

/** Notes de-duplicated by code and resource (or code and text when about no resource); first kept. */
export function dedupeNotes(notes: readonly DataNote[]): DataNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const k = noteKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function inputNotes(data: ClinicalData): DataNote[] {
  const records = [...data.labs, ...data.coded, ...data.medications, ...data.conditions, ...data.allergies];
  return [...data.notes, ...records.flatMap((r) => r.notes)];
}

/**
 * Assess riluzole eligibility and monitoring.
 * @param input - the normalised clinical data (src/fhir)
 * @param options - asOf (YYYY-MM-DD), policy (else the settings' policy), settings (else the defaults)
 * @returns the assessment; never throws on any ClinicalData. A malformed record is left out (a
 *   `data.malformed-resource` note); a rule family that fails gives a `data.rule-failed` finding;
 *   when nothing can be assessed, `notAssessed` says why and the lab values are still listed.
 */
export function assessRiluzole(input: ClinicalData, options: AssessOptions): Assessment {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const policy = options.policy ?? settings.policy;
  const asOf = toIsoDate(options.asOf) ?? options.asOf;
  const { data, notes: malformed, patientProblem } = sanitizeInput(input);
  const notes: DataNote[] = [...malformed];
  const note: Ctx['note'] = (code, detail, ref) =>
    notes.push({ code, detail, ...(ref ? { resourceType: ref.resourceType, id: ref.id } : {}) });
  // Built before and apart from the rules, so the values are listed whatever happens to them.
  const labs = safeLabIndex(data, asOf, settings, note);
  const ctx: Ctx = { data, asOf, policy, settings, labs, note };
  const cannot = (reason: string): Assessment =>
    notAssessedAssessment({
      reason,
      asOf,
      policy,
      patient: data.patient,
      baselineDays: settings.baselineDays,
      labs: labResults(ctx.labs),
      findings: [],
      dataNotes: dedupeNotes([...inputNotes(data), ...notes]),
    });
  if (patientProblem) return cannot(patientProblem);
  try {
    return run(ctx, notes);
  } catch (error) {
    note('data.rules-error', `The rules could not judge this record (${errorWords(error)}); review the raw data.`);
    return cannot('The riluzole treatment could not be judged from this record.');
  }
}

/** The lab index, one record at a time: a result that breaks it is left out and noted. */
function safeLabIndex(data: ClinicalData, asOf: string, settings: Ctx['settings'], note: Ctx['note']): LabIndex {
  try {
    return buildLabIndex(data, asOf, settings, note);
  } catch (error) {
    note('data.rules-error', `The results could not be indexed (${errorWords(error)}); review the raw data.`);
    return buildLabIndex({ ...data, labs: [] }, asOf, settings, note);
  }
}

function run(ctx: Ctx, notes: DataNote[]): Assessment {
  const { data, asOf, policy, note } = ctx;
  const tv = assessTreatment(ctx);
  // One family's failure must not blank the others: each gives a cautious finding in its place.
  const failed = (family: RuleFamily): Finding[] => [ruleFailedFinding(family, ctx)];
  const interactions = guarded(
    'interaction',
    note,
    () => interactionFindings(ctx),
    () => failed('interaction'),
  );
  const eligibility = guarded(
    'eligibility',
    note,
    () => assessEligibility(ctx, tv, interactions),
    (): EligibilityResult => ({
      status: 'insufficient-data',
      window: { from: addDays(asOf, -ctx.settings.baselineDays), to: asOf },
      findings: failed('eligibility'),
    }),
  );
  const monitoring = guarded(
    'monitoring',
    note,
    // The confirmation after a raised result is never suspended (spec §5.5): it joins the schedule.
    () => withConfirmation(ctx, tv, assessMonitoring(ctx, tv)),
    (): MonitoringWithConfirmation =>
      tv.status === 'never'
        ? { status: 'not-applicable', schedule: [], findings: failed('monitoring') }
        : { status: 'due', nextDue: asOf, schedule: [], findings: failed('monitoring') },
  );
  const supportive = guarded(
    'supportive care',
    note,
    () => supportiveFindings(ctx),
    () => failed('supportive care'),
  );
  // Cautious when the rules could not decide: the panel stays on screen, with its data.
  const supportiveCare = guarded(
    'supportive care',
    note,
    () => assessSupportive(ctx),
    () => ({ applies: true }),
  );
  note('data.codes-searched', CODES_SEARCHED);
  if (data.medications.some((m) => m.unresolved)) {
    const n = data.medications.filter((m) => m.unresolved).length;
    note(
      'data.medication-unresolved',
      `${n} medication record(s) could not be identified (no code and no name); they are not checked ` +
        `for riluzole or interactions.`,
    );
  }
  // The monitoring panel must say when the data it would need could not be read.
  const monitoringSources = unavailableSources(data.unavailable).filter((s) => s === 'labs' || s === 'medications');
  const monitoringReadFailures = monitoringSources.length > 0 ? [readFailureFinding(monitoringSources, policy)] : [];
  const monitoringFindings = [...monitoring.findings, ...monitoringReadFailures];
  const findings = mergeFindings([...eligibility.findings, ...monitoringFindings, ...interactions, ...supportive]);
  const { course: _course, earlier: _earlier, ...view } = tv;
  const treatment = monitoring.stopResult ? { ...view, stopResult: monitoring.stopResult } : view;
  return {
    asOf,
    policy,
    patient: data.patient,
    treatment,
    eligibility: {
      status: eligibility.status,
      window: eligibility.window,
      findings: mergeFindings(eligibility.findings),
      ...(eligibility.timing ? { timing: eligibility.timing } : {}),
      ...(eligibility.startStatus ? { startStatus: eligibility.startStatus } : {}),
      ...(eligibility.conditions ? { conditions: eligibility.conditions } : {}),
    },
    monitoring: {
      ...unreadMonitoring(monitoring.status, monitoring.nextDue, monitoringSources, asOf),
      ...(monitoring.suspended ? { suspended: true } : {}),
      schedule: monitoring.schedule,
      findings: monitoringFindings,
      ...(monitoring.confirmation ? { confirmation: monitoring.confirmation } : {}),
      ...(monitoring.sinceStop ? { sinceStop: monitoring.sinceStop } : {}),
    },
    labs: labResults(ctx.labs),
    supportive: supportiveCare,
    findings,
    dataNotes: dedupeNotes([...inputNotes(data), ...notes]),
  };
}
