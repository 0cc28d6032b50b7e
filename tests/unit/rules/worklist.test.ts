/**
 * The worklist rules (docs/clinical-spec.md §10): each rank, "on a riluzole order", and the re-open
 * rule, on assessments made by the real normaliser and rules from the clinical cases.
 */
import { describe, expect, it } from 'vitest';
import { alt } from '../../cases/builders';
import { daysBefore } from '../../cases/dates';
import { CASE_AS_OF } from '../../cases/case';
import type { Assessment, Finding } from '../../../src/rules/types';
import { buildWorklist, onRiluzoleOrder, reviewScope, whatIsNew, isCovered } from '../../../src/rules/worklist';
import type { Review, WorklistEntry } from '../../../src/rules/worklist';
import { assessResources, caseResources, day } from './worklist-fixtures';

const assessCase = (id: string, asOf = CASE_AS_OF): Assessment => {
  const { resources, unavailable } = caseResources(id);
  return assessResources(resources, asOf, unavailable);
};

const review = (a: Assessment, over: Partial<Review> = {}): Review => ({
  action: 'acknowledge',
  by: 'Practitioner/n1',
  at: `${CASE_AS_OF}T09:00:00Z`,
  ...reviewScope(a),
  ...over,
});

const only = (entry: WorklistEntry, today = CASE_AS_OF) => {
  const [row] = buildWorklist([entry], today);
  if (!row) throw new Error('no row');
  return row;
};

describe('the rank of a patient', () => {
  it.each([
    ['alt-stop-on-treatment', 'critical'],
    ['stopped-with-stop-alt-last-week', 'critical'],
    ['on-riluzole-overdue', 'overdue'],
    ['bilirubin-elevated-on-treatment', 'open-warning'],
    ['weight-loss-10pct', 'open-warning'],
    ['cyp1a2-inhibitor-smoker', 'open-warning'],
    ['on-riluzole-due', 'due'],
    ['no-baseline-labs', 'work-up'],
    ['riluzole-allergy', 'work-up'],
    ['pregnancy', 'work-up'],
    ['reads-failed-conditions-allergies', 'work-up'],
    ['on-riluzole-up-to-date', 'rest'],
    ['eligible-baseline-normal', 'rest'],
    ['planned-start-next-week', 'rest'],
  ])('ranks %s as %s', (id, rank) => {
    expect(only({ assessment: assessCase(id), reviews: [] }).rank).toBe(rank);
  });

  it('says a planned order has not started a course, rather than "monitoring not-applicable"', () => {
    const row = only({ assessment: assessCase('planned-start-next-week'), reviews: [] });
    expect(row.reason).toBe('Riluzole order planned or not yet started (treatment never), eligibility eligible.');
  });

  it('puts a critical finding of the eligibility rows of a never-treated patient in work-up, not critical', () => {
    const a = assessCase('riluzole-allergy');
    expect(a.findings.some((f) => f.severity === 'critical')).toBe(true);
    expect(only({ assessment: a, reviews: [] }).rank).toBe('work-up');
  });

  it('lists a patient the rules could not judge in work-up with the reason, never in the rest', () => {
    const a = assessCase('eligible-baseline-normal');
    const failed: Assessment = {
      ...a,
      findings: [],
      dataNotes: [...a.dataNotes, { code: 'data.rules-error', detail: 'The rules could not judge this record (x).' }],
    };
    const row = only({ assessment: failed, reviews: [] });
    expect(row.rank).toBe('work-up');
    expect(row.incomplete).toBe(true);
    expect(row.reason).toContain('Could not be assessed: The rules could not judge this record (x)');
  });

  it('puts undated critical evidence before dated (missing data is never good news)', () => {
    const dated = assessCase('alt-stop-on-treatment');
    // Every critical finding loses its dates (the stop and the confirmation after it alike).
    const undate = (f: Finding): Finding =>
      f.severity === 'critical' ? { ...f, evidence: f.evidence.map(({ date: _d, ...e }) => e) } : f;
    const undated: Assessment = {
      ...dated,
      patient: { id: 'undated', name: 'Zed' },
      findings: dated.findings.map(undate),
      monitoring: { ...dated.monitoring, findings: dated.monitoring.findings.map(undate) },
    };
    const rows = buildWorklist(
      [
        { assessment: dated, reviews: [] },
        { assessment: undated, reviews: [] },
      ],
      CASE_AS_OF,
    );
    expect(rows.map((r) => r.patientId)).toEqual(['undated', 'alt-stop-on-treatment']);
  });
});

describe('on a riluzole order (active, on hold or planned)', () => {
  it.each([
    ['on-riluzole-up-to-date', true],
    ['paused-on-hold', true],
    ['planned-start-next-week', true],
    ['riluzole-bounds-duration-ended', false],
    ['eligible-baseline-normal', false],
  ])('%s: %s', (id, want) => expect(onRiluzoleOrder(assessCase(id))).toBe(want));
});

describe('the re-open rule', () => {
  const id = 'on-riluzole-up-to-date';
  const before = assessCase(id);

  it('keeps a review covering an unchanged assessment', () => {
    const row = only({ assessment: before, reviews: [review(before)] });
    expect(row.reviewState).toBe('acknowledged');
    expect(isCovered(whatIsNew(review(before), before, CASE_AS_OF))).toBe(true);
  });

  it('re-opens on a new ALT even with an old date, and names it', () => {
    const late = alt(id, 91, daysBefore(CASE_AS_OF, 200), 30);
    const after = assessResources([...caseResources(id).resources, late], CASE_AS_OF);
    const news = whatIsNew(review(before), after, CASE_AS_OF);
    expect(news.evidenceIds).toEqual([`Observation/${late.id}`]);
    expect(news.codes).toEqual([]);
    const row = only({ assessment: after, reviews: [review(before)] });
    expect(row.reviewState).toBe('reopened');
    expect(row.reason).toContain(`new result ALT 30 U/L (0.8× ULN) on ${daysBefore(CASE_AS_OF, 200)}`);
  });

  it('re-opens on a finding code the review did not see', () => {
    const later = assessCase(id, day(50));
    const news = whatIsNew(review(before), later, day(50));
    expect(news.codes).toContain('monitoring.due');
    expect(news.evidenceIds).toEqual([]);
    expect(only({ assessment: later, reviews: [review(before)] }, day(50)).reviewState).toBe('reopened');
  });

  it('re-opens on a worse severity of a code it saw, and not on a better one', () => {
    const a = assessCase('bilirubin-elevated-on-treatment');
    const scope = reviewScope(a);
    const sawInfo = review(a, {
      findings: scope.findings.map((f) => (f.code === 'liver.bilirubin-elevated' ? { ...f, severity: 'info' } : f)),
    });
    const news = whatIsNew(sawInfo, a, CASE_AS_OF);
    expect(news.worse).toEqual([{ code: 'liver.bilirubin-elevated', was: 'info', now: 'warning' }]);
    expect(only({ assessment: a, reviews: [sawInfo] }).reviewState).toBe('reopened');
    expect(only({ assessment: a, reviews: [sawInfo] }).rank).toBe('open-warning');
    const sawCritical = review(a, {
      findings: scope.findings.map((f) => (f.code === 'liver.bilirubin-elevated' ? { ...f, severity: 'critical' } : f)),
    });
    expect(isCovered(whatIsNew(sawCritical, a, CASE_AS_OF))).toBe(true);
  });

  it('does not re-open when a finding it saw has gone', () => {
    const a = assessCase('bilirubin-elevated-on-treatment');
    const sawMore = review(a, {
      findings: [...reviewScope(a).findings, { code: 'liver.hys-law', severity: 'critical' }],
    });
    expect(only({ assessment: a, reviews: [sawMore] }).reviewState).toBe('acknowledged');
  });

  it('ends a snooze on its date, not before', () => {
    const snooze = review(before, { action: 'snooze', until: day(7) });
    expect(only({ assessment: before, reviews: [snooze] }, day(6)).reviewState).toBe('snoozed');
    const ended = only({ assessment: before, reviews: [snooze] }, day(7));
    expect(ended.reviewState).toBe('reopened');
    expect(ended.reason).toContain(`the snooze ended on ${day(7)}`);
  });

  it('reads the latest review: an acknowledgement after a snooze ends the snooze', () => {
    const snooze = review(before, { action: 'snooze', until: day(3), at: `${day(-2)}T09:00:00Z` });
    const ack = review(before, { at: `${day(-1)}T09:00:00Z` });
    expect(only({ assessment: before, reviews: [ack, snooze] }, day(5)).reviewState).toBe('acknowledged');
  });

  it('records what a review saw: every finding code with its severity and the evidence ids', () => {
    const a = assessCase('alt-stop-on-treatment');
    const scope = reviewScope(a);
    expect(scope.findings).toContainEqual({ code: 'liver.transaminase-stop', severity: 'critical' });
    const altIds = (a.labs.alt ?? []).map((r) => `Observation/${r.id}`);
    expect(altIds.length).toBeGreaterThan(0);
    for (const ref of altIds) expect(scope.evidenceIds).toContain(ref);
  });
});
