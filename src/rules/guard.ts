/**
 * Failure isolation (issue 8.2): a rule family that throws gives a cautious finding in its place,
 * never silence; an assessment that cannot be made says so (`Assessment.notAssessed`).
 */
import { addDays } from './dates';
import { type Ctx, makeFinding } from './context';
import { sourceOf } from './sources';
import type { Assessment, DataNote, Finding, LabResult, Analyte } from './types';

/**
 * What every screen, line of text and card says in the place of a status when the assessment
 * could not be made (issue 8.2): one sentence, said once here.
 */
export const NOT_ASSESSED_WORDS = 'Could not be assessed: review the record';
/** The same sentence in two parts, for a lead and its text ("Could not be assessed" / "review the record"). */
export const NOT_ASSESSED_PARTS = { lead: 'Could not be assessed', action: 'review the record' } as const;

/** The rule families assessRiluzole runs one by one, in the words a finding uses. */
export type RuleFamily = 'interaction' | 'eligibility' | 'monitoring' | 'supportive care';

/** The words of an error, for the data note only (never a finding's text). */
export function errorWords(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The finding that stands where a family's findings would be. */
export function ruleFailedFinding(family: RuleFamily, ctx: Pick<Ctx, 'policy'>): Finding {
  return makeFinding(
    'data.rule-failed',
    'warning',
    `The ${family} rules could not be applied`,
    `The ${family} rules failed on this record, so their findings are missing, not absent: review the record.`,
    [],
    sourceOf('data.rule-failed', ctx.policy),
  );
}

/**
 * Run one rule family; on a throw, note it and return the fallback instead.
 * @param family - which family, for the note
 * @param run - the family
 * @param fallback - the cautious result that takes its place
 */
export function guarded<T>(family: RuleFamily, note: Ctx['note'], run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch (error) {
    note('data.rules-error', `The ${family} rules could not judge this record (${errorWords(error)}).`);
    return fallback();
  }
}

/** What an Assessment carries when it could not be made: every status the most cautious one. */
export function notAssessedAssessment(parts: {
  readonly reason: string;
  readonly asOf: string;
  readonly policy: Assessment['policy'];
  readonly patient: Assessment['patient'];
  readonly baselineDays: number;
  readonly labs: Partial<Record<Analyte, readonly LabResult[]>>;
  readonly findings: readonly Finding[];
  readonly dataNotes: readonly DataNote[];
}): Assessment {
  const { asOf, reason } = parts;
  return {
    asOf,
    policy: parts.policy,
    patient: parts.patient,
    treatment: { status: 'never', products: [], evidence: [] },
    eligibility: {
      status: 'insufficient-data',
      window: { from: safeAddDays(asOf, -parts.baselineDays), to: asOf },
      findings: [],
    },
    monitoring: { status: 'due', nextDue: asOf, schedule: [], findings: [] },
    labs: parts.labs,
    // Cautious: the supportive panel stays on screen (with its data) when the rules could not decide.
    supportive: { applies: true },
    findings: parts.findings,
    dataNotes: parts.dataNotes,
    notAssessed: { reason },
  };
}

function safeAddDays(date: string, days: number): string {
  try {
    return addDays(date, days);
  } catch {
    return date;
  }
}
