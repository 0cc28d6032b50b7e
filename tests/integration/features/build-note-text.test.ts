import { describe, expect, it } from 'vitest';
import { buildNoteText } from '../../../src/features/note/build-note-text';
import { ON_RILUZOLE_STOP, READS_DONE, READS_LAB_FAILED } from './fixtures';

describe('buildNoteText', () => {
  it('names the patient, the summary, each finding with its evidence and dates', () => {
    const text = buildNoteText(ON_RILUZOLE_STOP, ON_RILUZOLE_STOP.patient, READS_DONE);
    expect(text).toContain('Ada Testpatient, born 12 Apr 1961');
    expect(text).toContain('As of 25 Nov 2026; US (FDA) label policy.');
    expect(text).toContain('Action needed: ALT 212 U/L (5.3× ULN) on 2 Oct — Stop riluzole (RILUTEK US label 5.1)');
    expect(text).toContain('On riluzole since 2 Mar 2026, 100 mg a day');
    expect(text).toContain('- [Critical] Stop riluzole:');
    expect(text).toContain('ALT 212 U/L (5.3× ULN) on 2 Oct 2026 [Observation/alt-stop]');
    expect(text).toContain('- [Warning] CYP1A2 inhibitor: ciprofloxacin');
    expect(text).not.toContain('Data gaps');
  });

  it('lists the data gaps when a read failed', () => {
    const text = buildNoteText(ON_RILUZOLE_STOP, undefined, READS_LAB_FAILED);
    expect(text).toContain('Data gaps:');
    expect(text).toContain('- Lab results: could not be read (server error (HTTP 500))');
  });

  it('is pure: the same input gives the same text', () => {
    expect(buildNoteText(ON_RILUZOLE_STOP, undefined, READS_DONE)).toBe(
      buildNoteText(ON_RILUZOLE_STOP, undefined, READS_DONE),
    );
  });
});
