import type { DataSource } from '../../rules/types';

/**
 * The ClinicalData sources an exported resource type feeds (what "could not be read" means for
 * the rules when that type's file failed). Helper B's `sourcesOfResourceType` in src/fhir/ is
 * the same mapping for the app's reads; one of the two should go when both are merged.
 */
export function sourcesOfExportType(type: string): DataSource[] {
  switch (type) {
    case 'Observation':
      // Every Observation-borne source the app reads (labs, vital signs, FVC, status observations).
      return ['labs', 'vital-signs', 'lung-function', 'smoking', 'pregnancy-status', 'breastfeeding-status'];
    case 'MedicationRequest':
    case 'MedicationStatement':
    case 'Medication':
      return ['medications'];
    case 'Condition':
      return ['conditions'];
    case 'AllergyIntolerance':
      return ['allergies'];
    case 'Patient':
      return ['patient'];
    default:
      return [];
  }
}
