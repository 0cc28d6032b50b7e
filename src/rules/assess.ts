/**
 * assessRiluzole: the whole assessment of one patient at one date (spec §8). Pure: no clock,
 * no network; time is the `asOf` input.
 */
import { toIsoDate } from './dates';
import type { Ctx } from './context';
import { CODES_SEARCHED } from './conditions';
import { assessEligibility } from './eligibility';
import { mergeFindings } from './findings';
import { interactionFindings } from './interactions';
import { buildLabIndex, labResults } from './labs';
import { assessMonitoring } from './monitoring';
import { readFailureFinding, unavailableSources, unreadMonitoring } from './read-failures';
import { DEFAULT_SETTINGS } from './settings';
import { supportiveFindings } from './supportive';
import { assessTreatment } from './treatment';
import type { Assessment, AssessOptions, ClinicalData, DataNote } from './types';

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

const list = <T>(v: readonly T[] | undefined): readonly T[] => (Array.isArray(v) ? v : []);

/** Tolerate a structurally incomplete input: every list present. */
function normalizeInput(data: ClinicalData): ClinicalData {
  return {
    patient: data.patient ?? { id: 'unknown' },
    labs: list(data.labs),
    coded: list(data.coded),
    medications: list(data.medications),
    conditions: list(data.conditions),
    allergies: list(data.allergies),
    notes: list(data.notes),
    unavailable: list(data.unavailable),
  };
}

function inputNotes(data: ClinicalData): DataNote[] {
  const records = [...data.labs, ...data.coded, ...data.medications, ...data.conditions, ...data.allergies];
  return [...data.notes, ...records.flatMap((r) => list(r.notes))];
}

/**
 * Assess riluzole eligibility and monitoring.
 * @param input - the normalised clinical data (src/fhir)
 * @param options - asOf (YYYY-MM-DD), policy (else the settings' policy), settings (else the defaults)
 * @returns the assessment; never throws on any ClinicalData
 */
export function assessRiluzole(input: ClinicalData, options: AssessOptions): Assessment {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const policy = options.policy ?? settings.policy;
  const data = normalizeInput(input);
  const asOf = toIsoDate(options.asOf) ?? options.asOf;
  const notes: DataNote[] = [];
  try {
    return run(data, asOf, policy, settings, notes);
  } catch (error) {
    // A last resort: the most cautious answer, never a crash in front of a clinician.
    const message = error instanceof Error ? error.message : String(error);
    return {
      asOf,
      policy,
      patient: data.patient,
      treatment: { status: 'never', products: [], evidence: [] },
      eligibility: { status: 'insufficient-data', window: { from: asOf, to: asOf }, findings: [] },
      monitoring: { status: 'due', nextDue: asOf, schedule: [], findings: [] },
      labs: {},
      findings: [],
      dataNotes: dedupeNotes([
        ...safeInputNotes(data),
        {
          code: 'data.rules-error',
          detail: `The rules could not judge this record (${message}); review the raw data.`,
        },
      ]),
    };
  }
}

function safeInputNotes(data: ClinicalData): DataNote[] {
  try {
    return inputNotes(data);
  } catch {
    return [];
  }
}

function run(
  data: ClinicalData,
  asOf: string,
  policy: Assessment['policy'],
  settings: Ctx['settings'],
  notes: DataNote[],
): Assessment {
  const note: Ctx['note'] = (code, detail, ref) =>
    notes.push({ code, detail, ...(ref ? { resourceType: ref.resourceType, id: ref.id } : {}) });
  const labs = buildLabIndex(data, asOf, settings, note);
  const ctx: Ctx = { data, asOf, policy, settings, labs, note };
  const tv = assessTreatment(ctx);
  const interactions = interactionFindings(ctx);
  const eligibility = assessEligibility(ctx, tv, interactions);
  const monitoring = assessMonitoring(ctx, tv);
  const supportive = supportiveFindings(ctx);
  note('data.codes-searched', CODES_SEARCHED);
  if (data.medications.some((m) => m.unresolved)) {
    const n = data.medications.filter((m) => m.unresolved).length;
    note(
      'data.medication-unresolved',
      `${n} medication record(s) could not be identified (no code and no name); they are not checked for riluzole or interactions.`,
    );
  }
  // The monitoring panel must say when the data it would need could not be read.
  const monitoringSources = unavailableSources(data.unavailable).filter((s) => s === 'labs' || s === 'medications');
  const monitoringReadFailures = monitoringSources.length > 0 ? [readFailureFinding(monitoringSources, policy)] : [];
  const monitoringFindings = [...monitoring.findings, ...monitoringReadFailures];
  const findings = mergeFindings([...eligibility.findings, ...monitoringFindings, ...interactions, ...supportive]);
  const { course: _course, earlier: _earlier, ...treatment } = tv;
  return {
    asOf,
    policy,
    patient: data.patient,
    treatment,
    eligibility: {
      status: eligibility.status,
      window: eligibility.window,
      findings: mergeFindings(eligibility.findings),
    },
    monitoring: {
      ...unreadMonitoring(monitoring.status, monitoring.nextDue, monitoringSources, asOf),
      schedule: monitoring.schedule,
      findings: monitoringFindings,
    },
    labs: labResults(labs),
    findings,
    dataNotes: dedupeNotes([...inputNotes(data), ...notes]),
  };
}
