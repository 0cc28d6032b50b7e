/** Items of one patient → ClinicalData: resolve medication references, derive ANC, keep notes. */
import type {
  AllergyRecord,
  ClinicalData,
  CodedObservationRecord,
  ConditionRecord,
  DataNote,
  LabRecord,
  MedicationRecord,
  PatientRecord,
} from '../../rules/types';
import { deriveAnc, deriveNeutrophilPct } from './anc';
import type { MedicationSummary, NormalizedItem } from './items';
import { referenceId } from './json';
import { mergeIdentity } from './medication-names';

/** Resolves "Medication/x" or "https://ehr/fhir/Medication/x" against the summaries. */
function resolveMedication(
  item: MedicationRecord,
  ref: string,
  medications: ReadonlyMap<string, MedicationSummary>,
): MedicationRecord {
  const key = referenceId(ref, 'Medication');
  const summary = key !== undefined ? medications.get(key) : undefined;
  if (!summary) {
    const note: DataNote = {
      code: 'data.medication-unresolved',
      detail: `Medication reference "${ref}" was not found among the Medication resources read.`,
      resourceType: item.resourceType,
      id: item.id,
    };
    const unidentified = item.codes.length === 0 && item.names.length === 0;
    return { ...item, unresolved: unidentified, notes: [...item.notes, note] };
  }
  const merged = mergeIdentity(item, summary);
  const unidentified = merged.codes.length === 0 && merged.names.length === 0;
  const empty: DataNote = {
    code: 'data.medication-unresolved',
    detail: `Medication "${ref}" has no code and no name.`,
    resourceType: item.resourceType,
    id: item.id,
  };
  return {
    ...item,
    ...merged,
    display: merged.display || item.display,
    unresolved: unidentified,
    notes: unidentified ? [...item.notes, empty] : item.notes,
  };
}

/**
 * Builds one patient's ClinicalData from normalised items.
 * @param patientId - the patient to assemble; items tagged with another patient are left out,
 *   items with no patient (no subject) are taken in
 * @param items - every item read (any order; may hold other patients' items)
 * @param medications - Medication summaries by id, for `medicationReference`
 */
export function assembleClinicalData(
  patientId: string,
  items: Iterable<NormalizedItem>,
  medications: ReadonlyMap<string, MedicationSummary>,
): ClinicalData {
  let patient: PatientRecord = { id: patientId };
  const labs: LabRecord[] = [];
  const parts: { record: LabRecord; part: 'segmented' | 'band' }[] = [];
  const coded: CodedObservationRecord[] = [];
  const meds: MedicationRecord[] = [];
  const conditions: ConditionRecord[] = [];
  const allergies: AllergyRecord[] = [];
  const notes: DataNote[] = [];
  for (const item of items) {
    if (item.type === 'medication-summary') continue;
    if (item.patientId !== undefined && item.patientId !== patientId) continue;
    switch (item.type) {
      case 'patient':
        patient = item.record;
        break;
      case 'lab':
        if (item.part) parts.push({ record: item.record, part: item.part });
        else labs.push(item.record);
        break;
      case 'coded':
        coded.push(item.record);
        break;
      case 'medication':
        meds.push(
          item.medicationRef !== undefined
            ? resolveMedication(item.record, item.medicationRef, medications)
            : item.record,
        );
        break;
      case 'condition':
        conditions.push(item.record);
        break;
      case 'allergy':
        allergies.push(item.record);
        break;
      case 'note':
        notes.push(item.note);
        break;
    }
  }
  const pct = deriveNeutrophilPct(
    parts,
    labs.filter((l) => l.analyte === 'neutrophilPct'),
  );
  labs.push(...pct.records);
  notes.push(...pct.notes);
  const byAnalyte = (a: LabRecord['analyte']): LabRecord[] => labs.filter((l) => l.analyte === a);
  labs.push(...deriveAnc(byAnalyte('wbc'), byAnalyte('neutrophilPct'), byAnalyte('anc')));
  return { patient, labs, coded, medications: meds, conditions, allergies, notes };
}
