/**
 * The source each finding rests on, per policy (spec §4–§7 "Source" columns). Numbers the spec
 * marks *(default)* are named as the clinic's setting, never as label text (spec §9).
 */
import { ABOVE_3X, ABOVE_5X, times } from './thresholds';
import { DEFAULT_SETTINGS } from './settings';
import type { FindingCode, Policy, Settings } from './types';

const US = 'RILUTEK US label';
const EU = 'RILUTEK EU SmPC';

type PerPolicy = { readonly us: string; readonly eu: string };
const both = (s: string): PerPolicy => ({ us: s, eu: s });

const SOURCES: Readonly<Record<FindingCode, PerPolicy>> = {
  'allergy.riluzole': { us: `${US} 4`, eu: `${EU} 4.3` },
  'baseline.alt-missing': { us: `${US} 2.2, 5.1`, eu: `${EU} 4.4` },
  'baseline.bilirubin-missing': both(`${US} 8.6`),
  'baseline.transaminase-above-uln': {
    us:
      `${EU} 4.4 (care with transaminases up to ${times(ABOVE_3X)} ULN), applied under the US ` +
      `policy too; the US label sets no limit below ${times(ABOVE_5X)} ULN`,
    eu: `${EU} 4.4`,
  },
  'baseline.transaminase-above-3x': {
    us:
      `${US} 8.6 sets a limit only above ${times(ABOVE_5X)} ULN; caution between ${times(ABOVE_3X)} ` +
      `and ${times(ABOVE_5X)} ULN is this app's reading (${US} 5.1: liver tests before and during ` +
      `treatment)`,
    eu: `${EU} 4.3`,
  },
  'baseline.transaminase-above-5x': { us: `${US} 8.6`, eu: `${EU} 4.3` },
  'baseline.transaminase-history': {
    us: `${EU} 4.4 ("history of abnormal liver function"), applied under the US policy too`,
    eu: `${EU} 4.4 ("history of abnormal liver function")`,
  },
  'baseline.rechallenge': {
    us: `${US} 5.1 (elevations recurred on rechallenge)`,
    eu: `${EU} 4.4 ("readministration cannot be recommended")`,
  },
  'baseline.bilirubin-elevated': {
    us: `${US} 8.6 ("evidence of liver dysfunction, e.g. elevated bilirubin")`,
    eu: `${EU} 4.4`,
  },
  'baseline.bilirubin-isolated': both(
    `clinic setting (default): the app's reading of ${US} 8.6 and ${EU} 4.4 for an isolated indirect bilirubin rise`,
  ),
  'baseline.ggt-elevated': both(`${EU} 4.4`),
  'condition.hepatic-disease': { us: `${US} 8.6`, eu: `${EU} 4.3` },
  'condition.ild': { us: `${US} 5.3`, eu: `${EU} 4.4` },
  'condition.pregnancy': { us: `${US} 8.1`, eu: `${EU} 4.3` },
  'condition.breastfeeding': { us: `${US} 8.2`, eu: `${EU} 4.3` },
  'condition.renal-impairment': both(`${EU} 4.2, 4.4`),
  'condition.pancreatitis': both('TIGLUTIK US label 5.4'),
  'patient.pediatric': { us: `${US} 8.4`, eu: `${EU} 4.2` },
  'indication.als-not-documented': { us: `${US} 1 (indication: ALS)`, eu: `${EU} 4.1 (indication: ALS)` },
  'interaction.cyp1a2-inhibitor': { us: `${US} 7.1`, eu: `${EU} 4.5; ${US} 7.1` },
  'interaction.cyp1a2-inducer': {
    us: `${US} 7.2; FDA table of CYP1A2 inducers`,
    eu: `${EU} 4.5; ${US} 7.2; FDA table of CYP1A2 inducers`,
  },
  'interaction.smoking': both(`${EU} 4.5; population pharmacokinetics`),
  'interaction.hepatotoxic': {
    us: `${US} 7.3; LiverTox likelihood category A`,
    eu: `${EU} 4.5; ${US} 7.3; LiverTox likelihood category A`,
  },
  'liver.transaminase-stop': { us: `${US} 5.1`, eu: `${EU} 4.4` },
  'liver.transaminase-stop-history': { us: `${US} 5.1`, eu: `${EU} 4.4` },
  'liver.transaminase-above-3x': {
    us:
      `${EU} 4.4 (closer monitoring above ${times(ABOVE_3X)} ULN), applied under the US policy too; ` +
      `${US} 5.1 (hepatic injury)`,
    eu: `${EU} 4.4`,
  },
  'liver.transaminase-above-uln': {
    us: `${EU} 4.4 (transaminases above the ULN), applied under the US policy too`,
    eu: `${EU} 4.4`,
  },
  'liver.bilirubin-elevated': both(`${US} 5.1 ("discontinue if there is evidence of liver dysfunction")`),
  'liver.hys-law': both(
    `${US} 5.1 (discontinue if there is evidence of liver dysfunction: the stop); FDA Guidance for ` +
      `Industry, Drug-Induced Liver Injury (2009) (defines the Hy's law pattern)`,
  ),
  'blood.neutropenia': {
    us: `${US} 5.2 (ask about febrile illness); NCI CTCAE v5 (grades)`,
    eu:
      `${EU} 4.4 (discontinue in case of neutropenia: the stop); ${US} 5.2 (ask about febrile ` +
      `illness); NCI CTCAE v5 (grades)`,
  },
  'blood.fever-check-wbc': both(`${EU} 4.4; ${US} 5.2`),
  'dose.nonstandard': { us: `${US} 2.1`, eu: `${EU} 4.2` },
  'monitoring.due': both(`${EU} 4.4 (monthly for 3 months, every 3 months to month 12, periodically after); ${US} 5.1`),
  'monitoring.overdue': both(
    `${EU} 4.4 (monthly for 3 months, every 3 months to month 12, periodically after); ${US} 5.1`,
  ),
  'monitoring.confirm-due': both(
    `FDA Guidance for Industry, Drug-Induced Liver Injury (2009): repeat ALT, AST, ALP and total ` +
      `bilirubin within 48 to 72 hours of an ALT above ${times(ABOVE_3X)} ULN`,
  ),
  'supportive.weight-overdue': both('AAN practice parameter, Neurology 2009;73:1218 (visits every 3 months)'),
  'supportive.weight-loss': both('EFNS ALS guideline, Eur J Neurol 2012;19:360'),
  'supportive.fvc-overdue': both('AAN practice parameter, Neurology 2009;73:1218'),
  'supportive.fvc-low': both('AAN practice parameter, Neurology 2009;73:1218 (NIV criteria)'),
  'data.read-failed': both('Riluzole Monitor principle: missing data is never good news'),
  'data.latest-unjudgeable': both('Riluzole Monitor principle: a value that cannot be read is never read as normal'),
  'data.rule-failed': both('Riluzole Monitor principle: a rule that could not run is never read as no finding'),
};

/** The source sentence of a finding under a policy. */
export function sourceOf(code: FindingCode, policy: Policy): string {
  return SOURCES[code][policy];
}

type NumericSetting = Exclude<keyof Settings, 'policy' | 'defaultLimits' | 'extraHepatotoxic'>;

/**
 * "look-back 280 days: clinic setting (default)", or "clinic setting" when the clinic changed it,
 * so a screen never presents our number as a label's.
 */
export function settingWords(key: NumericSetting, label: string, settings: Settings): string {
  const changed = settings[key] !== DEFAULT_SETTINGS[key];
  return `${label}: clinic setting${changed ? '' : ' (default)'} ${key} = ${settings[key]}`;
}

/** A source followed by the clinic settings it uses. */
export function withSettings(source: string, ...settingPhrases: readonly string[]): string {
  return settingPhrases.length === 0 ? source : `${source}; ${settingPhrases.join('; ')}`;
}

/**
 * Context for the screen (spec §9), never a rule: riluzole's benefit is modest.
 */
export const BENEFIT_CONTEXT =
  "Riluzole's benefit is modest: about 2–3 months' longer median survival, and 1-year survival " +
  'about 9 points higher (Cochrane review CD001447, 2012).';
