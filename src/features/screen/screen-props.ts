import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment, ClinicalData, PatientRecord, Policy } from '../../rules/types';

/**
 * Everything the clinician screen needs, computed by src/app from the FHIR reads.
 * The screen renders these props; it never fetches or parses FHIR.
 */
export interface ScreenProps {
  /** From the Patient read; shown in the banner and the print view. */
  readonly patient?: PatientRecord;
  /** False when the EHR's token says need_patient_banner: false. */
  readonly showBanner: boolean;
  /** Normalised records so far (first pages first; later pages stream in). */
  readonly data?: ClinicalData;
  /**
   * The assessment of `data`; undefined until every core read has its first page or has failed.
   * When a read failed, the assessment is still given, and `reads` says what is missing.
   */
  readonly assessment?: Assessment;
  /** Every FHIR read made at launch, with its progress, errors and OperationOutcome warnings. */
  readonly reads: readonly ReadState[];
  /**
   * True once every read has settled and the assessment caught up with the last page; shown as
   * `data-complete` on the screen so tests and tools can wait for the final state.
   */
  readonly complete?: boolean;
  /** Scopes the EHR granted (from the token response). */
  readonly grantedScopes: readonly string[];
  /** When the data on screen was fetched (ISO instant). */
  readonly fetchedAt?: string;
  readonly policy: Policy;
  readonly onPolicyChange: (policy: Policy) => void;
  /** Re-run every read. */
  readonly onRefresh: () => void;
  /** Re-run one failed read. */
  readonly onRetry: (readId: string) => void;
}
