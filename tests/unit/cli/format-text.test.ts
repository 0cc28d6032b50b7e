import { describe, expect, it } from 'vitest';
import { formatText, noteCounts } from '../../../src/cli/format-text';
import type { Assessment, Finding } from '../../../src/rules/types';

const altStop: Finding = {
  code: 'liver.transaminase-stop',
  severity: 'critical',
  title: 'Stop riluzole: ALT above 5× ULN',
  detail: "ALT 212 U/L on 2026-10-02 is 5.3× the lab's ULN of 40 U/L.",
  evidence: [{ resourceType: 'Observation', id: 'alt-1', display: 'ALT', value: 212, unit: 'U/L', date: '2026-10-02' }],
  source: 'RILUTEK US label 5.1',
};
const info: Finding = {
  ...altStop,
  code: 'monitoring.due',
  severity: 'info',
  title: 'Liver tests due',
  detail: 'quiet',
};

const HomerAssessment: Assessment = {
  asOf: '2026-11-01',
  policy: 'us',
  patient: { id: 'homer', name: 'Homer Simpson', sex: 'male', birthDate: '1956-05-12' },
  treatment: {
    status: 'on-riluzole',
    courseStart: '2026-01-05',
    dailyDoseMg: 100,
    products: ['RILUTEK 50 mg'],
    evidence: [],
  },
  eligibility: { status: 'eligible', window: { from: '2025-10-07', to: '2026-01-05' }, findings: [] },
  monitoring: { status: 'stop-recommended', nextDue: '2026-11-15', schedule: [], findings: [altStop] },
  labs: {},
  supportive: { applies: true },
  findings: [altStop, info],
  dataNotes: [
    { code: 'data.uln-assumed', detail: 'x' },
    { code: 'data.matched-by-name', detail: 'y' },
    { code: 'data.uln-assumed', detail: 'z' },
  ],
};

describe('formatText', () => {
  it('summarises who, treatment, eligibility, monitoring, serious findings and note counts', () => {
    expect(formatText(HomerAssessment).split('\n')).toEqual([
      'Patient Homer Simpson (homer), male, born 1956-05-12: as of 2026-11-01, US label',
      '  Treatment: on-riluzole (RILUTEK 50 mg; course since 2026-01-05; 100 mg/day)',
      '  Eligibility: eligible (baseline window 2025-10-07 to 2026-01-05)',
      '  Monitoring: stop-recommended, next due 2026-11-15',
      '    liver.transaminase-stop (critical)',
      '  Findings:',
      '    [critical] liver.transaminase-stop: Stop riluzole: ALT above 5× ULN',
      "      ALT 212 U/L on 2026-10-02 is 5.3× the lab's ULN of 40 U/L.",
      '      Source: RILUTEK US label 5.1',
      '  Data notes: 3: data.uln-assumed ×2, data.matched-by-name ×1',
    ]);
  });

  it('shows a patient with no name, no treatment and no notes plainly', () => {
    const bare: Assessment = {
      ...HomerAssessment,
      policy: 'eu',
      patient: { id: 'p2' },
      treatment: { status: 'never', products: [], evidence: [] },
      monitoring: { status: 'not-applicable', schedule: [], findings: [] },
      findings: [],
      dataNotes: [],
    };
    const text = formatText(bare);
    expect(text).toContain('Patient p2: as of 2026-11-01, EU label');
    expect(text).toContain('  Treatment: never\n');
    expect(text).toContain('  Monitoring: not-applicable\n');
    expect(text).not.toContain('Findings:');
    expect(text).toMatch(/Data notes: none$/);
  });
});

describe('formatText under a stop and after one', () => {
  it('says the schedule is suspended while stop is recommended', () => {
    const a: Assessment = {
      ...HomerAssessment,
      monitoring: { status: 'stop-recommended', suspended: true, schedule: [], findings: [altStop] },
    };
    expect(formatText(a)).toContain('  Monitoring: stop-recommended, routine schedule suspended\n');
  });

  it('says when a stopped course was stopped and after which result', () => {
    const a: Assessment = {
      ...HomerAssessment,
      treatment: {
        status: 'stopped',
        courseStart: '2026-01-05',
        stoppedOn: '2026-10-05',
        stopResult: altStop.evidence[0],
        products: ['RILUTEK 50 mg'],
        evidence: [],
      },
      monitoring: { status: 'not-applicable', schedule: [], findings: [altStop] },
    };
    expect(formatText(a)).toContain(
      '  Treatment: stopped (RILUTEK 50 mg; course since 2026-01-05; stopped on 2026-10-05 after ALT 212 U/L on 2026-10-02)',
    );
  });
});

describe('noteCounts', () => {
  it('orders codes by count, then by name', () => {
    const notes = ['b', 'a', 'b', 'c', 'a'].map((code) => ({ code, detail: '' }));
    expect(noteCounts(notes)).toBe('5: a ×2, b ×2, c ×1');
  });
});

describe('formatText of an assessment that could not be made (issue 8.2)', () => {
  const notAssessed: Assessment = {
    ...HomerAssessment,
    treatment: { status: 'never', products: [], evidence: [] },
    eligibility: { status: 'insufficient-data', window: { from: '2026-08-03', to: '2026-11-01' }, findings: [] },
    monitoring: { status: 'due', nextDue: '2026-11-01', schedule: [], findings: [] },
    findings: [],
    labs: {
      alt: [
        {
          resourceType: 'Observation',
          id: 'alt-1',
          display: 'ALT',
          analyte: 'alt',
          status: 'final',
          value: 212,
          unit: 'U/L',
          date: '2026-10-02',
          multipleOfUln: 5.3,
          originalValue: '212',
          originalUnit: 'U/L',
        },
      ],
    },
    notAssessed: { reason: 'The patient record is malformed.' },
  };

  it('says so in place of every status and still lists the lab values', () => {
    const text = formatText(notAssessed);
    expect(text).toContain('  Treatment: Could not be assessed: review the record');
    expect(text).toContain('  Eligibility: Could not be assessed: review the record');
    expect(text).toContain('  Monitoring: Could not be assessed: review the record');
    expect(text).toContain('The patient record is malformed.');
    expect(text).toContain('alt 212 U/L (5.3× ULN) on 2026-10-02 [Observation/alt-1]');
    expect(text).not.toMatch(/\bnever\b|insufficient-data|\bdue\b/);
  });
});
