import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment, DataNote } from '../../rules/types';
import { Panel } from '../shared/panel';
import { ReadsList } from './reads-list';

interface DataNotesPanelProps {
  readonly assessment?: Assessment;
  readonly reads: readonly ReadState[];
  readonly grantedScopes: readonly string[];
  readonly onRetry: (readId: string) => void;
}

const NOTE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'data.uln-assumed': 'Upper limit of normal assumed (clinic setting)',
    'data.uln-implausible': 'Implausible reference ranges not used',
    'data.value-unreadable': 'Values that could not be read',
    'data.unit-unrecognized': 'Units not recognised',
    'data.matched-by-name': 'Matched by name, not by code',
    'data.preliminary': 'Preliminary results used',
    'data.date-partial': 'Partial dates',
    'data.date-missing': 'Dates missing',
    'data.medication-unresolved': 'Medications that could not be identified',
    'data.course-start-unknown': 'Riluzole start unknown',
    'data.future-or-planned-order': 'Future or planned orders',
    'data.new-course-assumed': 'New course assumed after a gap',
    'data.dose-uncomputable': 'Dose could not be computed',
    'data.codes-searched': 'Codes looked for',
    'data.malformed-resource': 'Records that could not be read',
    'data.sibling-patient': 'Records of another patient ignored',
    'data.foreign-subject': 'Records not about a patient ignored',
  }),
);

function groupNotes(notes: readonly DataNote[]): Map<string, DataNote[]> {
  const groups = new Map<string, DataNote[]>();
  for (const n of notes) groups.set(n.code, [...(groups.get(n.code) ?? []), n]);
  return groups;
}

/** What could not be read or was assumed, and every FHIR query behind the screen. */
export function DataNotesPanel({ assessment, reads, grantedScopes, onRetry }: DataNotesPanelProps): ReactElement {
  const groups = [...groupNotes(assessment?.dataNotes ?? [])];
  return (
    <Panel id="rm-data-notes" title="Data notes">
      <h3>FHIR reads</h3>
      <ReadsList reads={reads} onRetry={onRetry} />
      <h3>What was assumed or could not be read</h3>
      {!assessment ? (
        <p className="rm-muted">Data notes: not yet available (reads are still loading).</p>
      ) : groups.length === 0 ? (
        <p className="rm-muted">No data-quality note from the records read.</p>
      ) : (
        <ul className="rm-notes">
          {groups.map(([code, notes]) => (
            <li key={code}>
              <details>
                <summary>
                  {NOTE_NAMES.get(code) ?? code} ({notes.length})
                </summary>
                <ul>
                  {notes.map((n, i) => (
                    <li key={`${i}-${n.id ?? ''}`}>
                      {n.detail}
                      {n.resourceType && n.id && (
                        <>
                          {' '}
                          <code>{`${n.resourceType}/${n.id}`}</code>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Access granted by the EHR ({grantedScopes.length} scopes)</summary>
        <p className="rm-request">{grantedScopes.length > 0 ? grantedScopes.join(' ') : 'No scope reported.'}</p>
      </details>
    </Panel>
  );
}
