/**
 * The monitoring badge names what is due: after a raised result the confirmation asks for four liver
 * tests (spec v3 §5), so the badge must not read "ALT overdue" as if a routine ALT were all that is
 * missing. A routine schedule point keeps "ALT due" / "ALT overdue".
 */
import { describe, expect, it } from 'vitest';
import { normalizePatientResources } from '../../../src/fhir/normalize';
import { loadUcumConverter } from '../../../src/fhir/units';
import { assessRiluzole } from '../../../src/rules';
import type { Assessment } from '../../../src/rules/types';
import { buildNoteText } from '../../../src/features/note/build-note-text';
import { confirmationDrives, monitoringChip } from '../../../src/features/shared/status-chips';
import { ALL_CASES } from '../../cases';
import { CASE_AS_OF } from '../../cases/case';
import { addDays } from '../../cases/dates';

const units = await loadUcumConverter();

function assessAt(id: string, asOf: string): Assessment {
  const c = ALL_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  const built = c.build(CASE_AS_OF);
  const data = normalizePatientResources(built.resources, { units });
  return assessRiluzole(built.unavailable ? { ...data, unavailable: built.unavailable } : data, {
    asOf,
    policy: 'us',
  });
}

describe('the monitoring badge', () => {
  it('says "Liver tests due" while the confirmation after a raised ALT is due', () => {
    const a = assessAt('confirm-alt-3x-due', CASE_AS_OF);
    expect(a.monitoring.status).toBe('due');
    expect(confirmationDrives(a)).toBe(true);
    expect(monitoringChip(a, []).label).toBe('Liver tests due');
  });

  it('says "Liver tests overdue" once the confirmation date has passed, and the note names the four tests', () => {
    const a = assessAt('confirm-alt-3x-due', addDays(CASE_AS_OF, 5));
    expect(a.monitoring.status).toBe('overdue');
    expect(monitoringChip(a, []).label).toBe('Liver tests overdue');
    expect(buildNoteText(a, undefined, [])).toMatch(
      /Monitoring: Liver tests overdue; next ALT, AST, ALP and bilirubin due/,
    );
  });

  it('keeps "ALT overdue" for a routine schedule point', () => {
    const a = assessAt('alt-above-uln-recheck-overdue', CASE_AS_OF);
    expect(a.monitoring.status).toBe('overdue');
    expect(confirmationDrives(a)).toBe(false);
    expect(monitoringChip(a, []).label).toBe('ALT overdue');
  });
});
