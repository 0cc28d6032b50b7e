/**
 * Issue 8.2 on the CDS Hooks side: when the rules could not make an assessment, every hook answers
 * one warning card that says so, never silence and never the placeholder statuses.
 */
import { describe, expect, it } from 'vitest';
import { cardsFor } from '../../../src/server/cds/cards';
import { assessRiluzole, NOT_ASSESSED_WORDS } from '../../../src/rules';
import { notAssessedReason } from '../../../src/rules/worklist-rank';
import type { ClinicalData } from '../../../src/rules/types';

// A patient record of the wrong shape: the whole assessment cannot be made (rules/sanitize.ts).
const broken = { patient: { id: 42 }, labs: [], coded: [], medications: [], conditions: [], allergies: [], notes: [] };
const assessment = assessRiluzole(broken as unknown as ClinicalData, { asOf: '2026-12-04' });

describe('an assessment that could not be made', () => {
  it('is one "could not be assessed" warning card on every hook, with the app link', () => {
    expect(assessment.notAssessed).toBeDefined();
    for (const hook of ['order-select', 'order-sign', 'patient-view'] as const) {
      const cards = cardsFor(assessment, { hook, patientId: 'p1', appLaunchUrl: 'https://app.example/launch.html' });
      expect(cards).toHaveLength(1);
      const [card] = cards;
      expect(card?.indicator).toBe('warning');
      expect(card?.summary.toLowerCase()).toContain('could not be assessed');
      expect(card?.summary.length).toBeLessThan(140);
      expect(card?.detail).toContain(assessment.notAssessed?.reason ?? '(none)');
      expect(card?.links?.[0]?.type).toBe('smart');
    }
  });

  it('gives the worklist its reason, so the row goes to work-up', () => {
    expect(notAssessedReason(assessment)).toBe(assessment.notAssessed?.reason);
    expect(NOT_ASSESSED_WORDS).toMatch(/review the record/);
  });
});
