/**
 * Issue 12, "what to do next": the screens say what the rules asked for, with the dates a nurse
 * acts on (spec v3 §5 confirmation, the ALT window, the tests since a stop).
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../../src/features/shared/evidence-list';
import type { Evidence } from '../../../src/rules/types';
import { assessCase, caseById } from './assess-case';
import { READS_DONE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

async function monitoringText(id: string): Promise<string> {
  const { assessment, data } = await assessCase(caseById(id));
  await renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }));
  const region = screen.getByRole('region', { name: 'Liver-test monitoring' });
  return (region.textContent ?? '').replace(/\u00a0/g, ' ');
}

describe('monitoring panel: what to do next', () => {
  it('asks for the confirmation tests by their date after ALT 3.1× ULN, before month 6', async () => {
    const text = await monitoringText('confirm-alt-3x-due');
    expect(text).toContain('Repeat ALT, AST, ALP and total bilirubin by 26 Nov 2026, to confirm ALT 124 U/L');
    expect(text).not.toMatch(/Draw ALT (by|between)/);
  });

  it('says the confirmation is overdue under a stop, and still asks for it', async () => {
    const text = await monitoringText('alt-stop-on-treatment');
    expect(text).toContain('Repeat ALT, AST, ALP and total bilirubin now: the confirmation of ALT 212 U/L');
    expect(text).toContain('was due by 21 Nov 2026');
  });

  it('lists the liver tests since a stop and whether the latest are back within the ULN', async () => {
    const text = await monitoringText('confirm-stopped-answered');
    expect(text).toMatch(/Since the stop on 17 Nov 2026: ALT 34 U\/L .*on 21 Nov 2026, back within the ULN/);
    expect(text).toContain('the labels set no interval');
    expect(text).not.toContain('Repeat ALT, AST, ALP and total bilirubin');
  });

  it('says when no liver test was drawn since a stop', async () => {
    const text = await monitoringText('stopped-with-stop-alt-last-week');
    expect(text).toContain('No liver test since the stop on 24 Nov 2026.');
  });
});

describe('eligibility at the course start: nothing found later is dated back to the start', () => {
  const render = async (id: string): Promise<HTMLElement> => {
    const { assessment, data } = await assessCase(caseById(id));
    await renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }));
    return screen.getByRole('region', { name: 'Eligibility at the course start' });
  };

  it('puts ILD found five months in under "since the start", and judges the start by its labs', async () => {
    const p = await render('ild-on-treatment');
    const text = p.textContent ?? '';
    expect(text).not.toContain('Not recommended at the start');
    expect(text).toContain('Eligible at the start');
    const since = text.slice(text.indexOf('Since the start, as recorded today'));
    expect(since).toContain('Interstitial lung disease');
    const start = text.slice(0, text.indexOf('Since the start, as recorded today'));
    expect(start).not.toContain('Interstitial lung disease');
  });

  it('puts ciprofloxacin started last week under "since the start", not "with caution at the start"', async () => {
    const text = (await render('cyp1a2-inhibitor-smoker')).textContent ?? '';
    expect(text).not.toContain('Eligible with caution at the start');
    expect(text.slice(text.indexOf('Since the start, as recorded today'))).toContain('CYP1A2 inhibitor');
  });
});

describe('words a clinician can act on', () => {
  const regionText = async (id: string, name: string): Promise<string> => {
    const { assessment, data } = await assessCase(caseById(id));
    await renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }));
    return (screen.getByRole('region', { name }).textContent ?? '').replace(/\u00a0/g, ' ');
  };

  it('says a paused course is on hold and gives the dose it had', async () => {
    const text = await regionText('paused-on-hold', 'Medications and interactions');
    expect(text).toContain('on hold; the dose on the order on hold is 100 mg a day (the labelled dose)');
    expect(text).not.toContain('(standard dose)');
  });

  it('says "planned to start" for a planned order, not "course start unknown"', async () => {
    const text = await regionText('planned-start-next-week', 'Medications and interactions');
    expect(text).toMatch(/planned to start \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(text).not.toContain('course start unknown');
  });

  it('says "No blood count on record" when none exists, not "no abnormal blood result"', async () => {
    const { assessment, data } = await assessCase(caseById('eligible-baseline-normal'));
    const { anc: _anc, wbc: _wbc, ...liverOnly } = assessment.labs;
    await renderScreen(screenProps({ assessment: { ...assessment, labs: liverOnly }, data, reads: READS_DONE }));
    const text = screen.getByRole('region', { name: 'Flagged labs' }).textContent ?? '';
    expect(text).toContain('No abnormal liver result on record. No blood count on record.');
    expect(text).not.toContain('No abnormal liver or blood result');
  });

  it('shows the recorded reaction, criticality and verification of a riluzole allergy', async () => {
    const text = await regionText('riluzole-allergy', 'Eligibility');
    expect(text).toContain('reaction: Hives (moderate), criticality high, verification confirmed');
  });

  it('gives the interacting drug its dose and end date', async () => {
    const text = await regionText('cyp1a2-inhibitor-smoker', 'Medications and interactions');
    expect(text).toMatch(/500 mg twice a day; active MedicationRequest since \d{1,2} [A-Z][a-z]{2} \d{4}, until/);
  });
});

describe('schedule point names', () => {
  it('says "8 years 6 months", never "Month 102", for a long course', async () => {
    const text = await monitoringText('ten-year-history');
    expect(text).not.toMatch(/Month \d{3}/);
    expect(text).toMatch(/\d years( \d+ months)?/);
  });
});

describe('conditions are shown with their own recorded statuses (issue 12)', () => {
  it('lists ALS as confirmed and ILD as provisional, as recorded, in eligibility and in the records', async () => {
    const { assessment, data } = await assessCase(caseById('ild-on-treatment'));
    renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }));
    const eligibility = screen.getByRole('region', { name: 'Eligibility at the course start' });
    const counted = within(eligibility).getByRole('list', { name: 'Conditions counted' });
    expect(counted).toHaveTextContent('Amyotrophic lateral sclerosis (G12.21): active, confirmed');
    expect(counted).toHaveTextContent('Idiopathic pulmonary fibrosis (J84.112): active, provisional');
    const records = within(screen.getByRole('region', { name: 'Records read from the EHR' })).getByRole('list', {
      name: 'Conditions',
    });
    expect(records).toHaveTextContent('Idiopathic pulmonary fibrosis (J84.112) — active, provisional;');
    expect(document.body.textContent).not.toMatch(/active or unconfirmed|not recorded as inactive/);
  });

  it('puts the statuses into the evidence of the ILD finding', async () => {
    const { assessment, data } = await assessCase(caseById('ild-on-treatment'));
    renderScreen(screenProps({ assessment, data, patient: assessment.patient, reads: READS_DONE }));
    const evidence = screen.getAllByText(/Idiopathic pulmonary fibrosis \(J84\.112\): active, provisional/, {
      selector: '.rm-ev-main',
    });
    expect(evidence.length).toBeGreaterThan(0);
  });
});

describe('a result within its limits has no grade on screen (issue 12: never "CTCAE grade 0")', () => {
  it('lists a within-ULN result in a finding’s evidence without "grade 0"', () => {
    const within0: Evidence = {
      resourceType: 'Observation',
      id: 'bili-ok',
      display: 'Total bilirubin',
      value: 0.8,
      unit: 'mg/dL',
      date: '2026-10-02',
      uln: 1.2,
      ulnSource: 'report',
      multipleOfUln: 0.666667,
      grade: 0,
    };
    render(<EvidenceList evidence={[within0]} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Total bilirubin: 0.8 mg/dL');
    expect(item).not.toHaveTextContent(/grade/i);
  });
});
