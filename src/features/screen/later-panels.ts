/**
 * The panels below the first answer, in one chunk that loads after the first screen (issue 11,
 * item 3): the screen imports this module only through lazy-panels.tsx. The first answer (the
 * summary line, the context bar and the first panels of the left column) stays in the first chunk.
 */
export { DataNotesPanel } from '../data-notes/data-notes-panel';
export { buildNoteText } from '../note/build-note-text';
export { FlaggedLabsPanel } from '../flagged-labs/flagged-labs-panel';
export { MedicationsPanel } from '../medications/medications-panel';
export { RecordsPanel } from '../records/records-panel';
export { SupportivePanel } from '../supportive/supportive-panel';
export { TrendsPanel } from '../trends/trends-panel';
