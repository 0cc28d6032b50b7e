/**
 * Every fixed clinical threshold of the rules, each beside the label or guideline sentence it comes
 * from (docs/clinical-spec.md §1 principle 8). Rule texts and chart reference lines read these; a
 * clinic's own numbers are settings (settings.ts), not here. Exported from rules/index.ts.
 */

// ---- Transaminases (ALT, AST), multiples of the ULN -------------------------------------------

/** Above the upper limit of normal itself (EU SmPC 4.4: "history of abnormal liver function"). */
export const ULN_MULTIPLE = 1;
/** RILUTEK EU SmPC 4.4: "ALT levels above 3 times ULN" call for closer monitoring; EU 4.3 contraindication. */
export const ABOVE_3X = 3;
/** RILUTEK US 8.6: not recommended, EU SmPC 4.3: contraindicated, with baseline transaminases above 5× ULN. */
export const ABOVE_5X = 5;
/**
 * RILUTEK US 5.1 / 8.6: discontinue, and use is not recommended, above 5× ULN (US: ALT or AST > 5×;
 * EU SmPC 4.4: "discontinue if ALT levels increase to 5 times ULN", ALT ≥ 5×).
 */
export const STOP_MULTIPLE_US = 5;
/** The EU stop level: SmPC 4.4 "increase to 5 times ULN" (met at exactly 5×). */
export const STOP_MULTIPLE_EU = 5;

// ---- Bilirubin and Hy's law ---------------------------------------------------------------------

/** US 5.1 "discontinue if there is evidence of liver dysfunction": total bilirubin above 2× ULN is critical. */
export const BILIRUBIN_CRITICAL_MULTIPLE = 2;
/**
 * Spec §5: bilirubin above ULN is critical "when an ALT or AST > 3× ULN lies within 7 days"
 * (fixed, not a setting).
 */
export const BILIRUBIN_PARTNER_DAYS = 7;
/** FDA DILI guidance (2009), Hy's law: ALT or AST ≥ 3× ULN ... */
export const HY_TRANSAMINASE_MULTIPLE = 3;
/** ... with total bilirubin > 2× ULN. */
export const HY_BILIRUBIN_MULTIPLE = 2;
/** FDA DILI guidance: ALP ≥ 2× ULN points to cholestasis, which weakens the Hy's law reading. */
export const HY_ALP_MULTIPLE = 2;

// ---- Neutrophils (×10⁹/L) -----------------------------------------------------------------------

/** CTCAE v5 grade 2 starts below 1.5 ×10⁹/L: a warning (spec §5). */
export const ANC_WARNING = 1.5;
/** CTCAE v5 grade 3 starts below 1.0 ×10⁹/L: critical (spec §5). */
export const ANC_CRITICAL = 1.0;
/** RILUTEK US 5.2: "severe neutropenia (absolute neutrophil count less than 500 per mm3)". */
export const ANC_SEVERE = 0.5;

// ---- Dose, age ----------------------------------------------------------------------------------

/** RILUTEK US 2.1 / EU 4.2: 50 mg twice a day. */
export const STANDARD_DAILY_DOSE_MG = 100;
/** US 8.4 / EU 4.2: safety and effectiveness in patients under 18 not established. */
export const ADULT_AGE_YEARS = 18;

// ---- The schedule (EU SmPC 4.4: monthly for 3 months, every 3 months to month 12) -------------

/** EU SmPC 4.4: monthly during the first 3 months. */
export const MONTHLY_MONTHS: readonly number[] = [1, 2, 3];
/** Spec §5: a monthly point's window opens 7 days before it, with 7 days' grace. */
export const MONTHLY_EARLY_DAYS = 7;
export const MONTHLY_GRACE_DAYS = 7;
/** EU SmPC 4.4: every 3 months for the rest of the first year. */
export const QUARTERLY_MONTHS: readonly number[] = [6, 9, 12];
/** Spec §5: a quarterly or periodic point's window opens 14 days before it, with 14 days' grace. */
export const QUARTERLY_EARLY_DAYS = 14;
export const QUARTERLY_GRACE_DAYS = 14;
/** Spec §5: a recheck after an ALT above the ULN opens on its day, with 7 days' grace. */
export const RECHECK_GRACE_DAYS = 7;

// ---- Supportive care (AAN 2009, EFNS 2012) ------------------------------------------------------

/** AAN 2009: visits (with weight and FVC) every 3 months. */
export const FOLLOW_UP_MONTHS = 3;
/** EFNS 2012: weight loss of 10% or more prompts a gastrostomy discussion. */
export const WEIGHT_LOSS_FRACTION = 0.1;
/** Spec §7: the loss is measured from the highest weight of the 12 months before the latest. */
export const WEIGHT_LOOKBACK_MONTHS = 12;
/** AAN 2009 NIV criteria: FVC below 50% predicted. */
export const FVC_LOW_PERCENT = 50;

// ---- CTCAE v5 grades ----------------------------------------------------------------------------

/** CTCAE v5 ALT/AST: grade 1 > ULN–3×, 2 > 3–5×, 3 > 5–20×, 4 > 20× (grade n when > the n-th). */
export const ALT_AST_GRADES: readonly number[] = [1, 3, 5, 20];
/** CTCAE v5 bilirubin: grade 1 > ULN–1.5×, 2 > 1.5–3×, 3 > 3–10×, 4 > 10×. */
export const BILIRUBIN_GRADES: readonly number[] = [1, 1.5, 3, 10];
/** CTCAE v5 neutrophils ×10⁹/L: 1 < LLN–1.5, 2 < 1.5–1.0, 3 < 1.0–0.5, 4 < 0.5. */
export const NEUTROPHIL_GRADES: readonly number[] = [ANC_WARNING, ANC_CRITICAL, ANC_SEVERE];

/** The multiples of the ULN a ×ULN chart draws as reference lines (above ULN, above 3×, stop). */
export const LIVER_CHART_MULTIPLES: readonly number[] = [ULN_MULTIPLE, ABOVE_3X, STOP_MULTIPLE_US];

/** "5×": a multiple in the words the rule texts use. */
export const times = (m: number): string => `${m}×`;
