import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment, Finding } from '../../../src/rules/types';
import { ON_RILUZOLE_STOP, READS_DONE, READS_LAB_FAILED, READS_LOADING, UP_TO_DATE, screenProps } from './fixtures';
import { assessCase, caseById } from './assess-case';
import { renderScreen } from './render-screen';

describe('summary line', () => {
  it('says "Action needed" with the value, ×ULN, date and label section for a stop-level ALT', async () => {
    await renderScreen(screenProps({ assessment: ON_RILUZOLE_STOP }));
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Action needed');
    expect(line).toHaveTextContent('ALT 212 U/L (5.3× ULN) on 2 Oct');
    expect(line).toHaveTextContent('RILUTEK US label 5.1');
    const counts = screen.getByRole('list', { name: 'Findings by severity' });
    expect(within(counts).getByText('1 critical')).toBeInTheDocument();
    expect(within(counts).getByText('2 warnings')).toBeInTheDocument();
  });

  it('says when the next ALT is due when monitoring is up to date', async () => {
    await renderScreen(screenProps({ assessment: UP_TO_DATE, reads: READS_DONE }));
    expect(screen.getByTestId('first-data')).toHaveTextContent('Up to date: next ALT due 2 Dec');
  });

  it('says it is loading, and shows no first-data marker, before an assessment exists', async () => {
    await renderScreen(screenProps({ assessment: undefined, reads: READS_LOADING }));
    expect(screen.queryByTestId('first-data')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('Loading: reading the patient’s labs');
    expect(screen.getByText(/Still loading 1 of 4 reads/)).toBeInTheDocument();
  });

  it('is not reassuring while later lab pages are still loading', async () => {
    await renderScreen(screenProps({ assessment: UP_TO_DATE, reads: READS_LOADING }));
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Up to date so far');
    expect(line).toHaveTextContent('still loading');
  });

  it('calls an overdue ALT provisional while lab pages are still loading', async () => {
    const overdue = {
      ...UP_TO_DATE,
      monitoring: { ...UP_TO_DATE.monitoring, status: 'overdue' as const, nextDue: '2026-09-02' },
    };
    await renderScreen(screenProps({ assessment: overdue, reads: READS_LOADING }));
    expect(screen.getByTestId('first-data')).toHaveTextContent(
      'Still loading lab results: so far — ALT overdue: due since 2 Sep 2026 — draw ALT now',
    );
  });

  it('says liver tests could not be read when the lab read failed', async () => {
    await renderScreen(screenProps({ assessment: UP_TO_DATE, reads: READS_LAB_FAILED }));
    const line = screen.getByTestId('first-data');
    expect(line).toHaveTextContent('Liver tests could not be read');
    expect(line).not.toHaveTextContent(/up to date/i);
  });

  describe('when eligibility cannot be decided', () => {
    const readFailed: Finding = {
      code: 'data.read-failed',
      severity: 'warning',
      title: 'Conditions could not be read',
      detail: 'Conditions could not be read from the EHR (the request failed or access was not granted).',
      evidence: [],
      source: 'Riluzole Monitor principle: missing data is never good news',
    };
    const altMissing: Finding = {
      code: 'baseline.alt-missing',
      severity: 'warning',
      title: 'No baseline ALT',
      detail: 'No usable ALT between 2026-08-27 and 2026-11-25.',
      evidence: [],
      source: 'RILUTEK US label 2.2, 5.1',
    };
    const beforeStart = (findings: readonly Finding[]): Assessment => ({
      ...UP_TO_DATE,
      treatment: { status: 'never', products: [], evidence: [] },
      eligibility: { status: 'insufficient-data', window: { from: '2026-08-27', to: '2026-11-25' }, findings },
      monitoring: { status: 'not-applicable', schedule: [], findings: [] },
      findings,
    });

    it('asks to reload or check the EHR, not to draw an ALT, when only a read failed', async () => {
      await renderScreen(screenProps({ assessment: beforeStart([readFailed]) }));
      const line = screen.getByTestId('first-data');
      expect(line).toHaveTextContent('Insufficient data');
      expect(line).toHaveTextContent('Conditions could not be read');
      expect(line).toHaveTextContent('reload or check the EHR record');
      expect(line).not.toHaveTextContent(/draw a baseline ALT/i);
    });

    it('asks for a baseline ALT when none is on record', async () => {
      await renderScreen(screenProps({ assessment: beforeStart([altMissing]) }));
      const line = screen.getByTestId('first-data');
      expect(line).toHaveTextContent('No baseline ALT');
      expect(line).toHaveTextContent('draw a baseline ALT before starting riluzole');
      expect(line).not.toHaveTextContent(/reload/i);
    });

    it('names both actions when the baseline ALT is missing and a read failed', async () => {
      await renderScreen(screenProps({ assessment: beforeStart([readFailed, altMissing]) }));
      const line = screen.getByTestId('first-data');
      expect(line).toHaveTextContent('draw a baseline ALT, and reload or check the EHR record');
    });
  });
});

describe('summary line for the sandbox scenarios (case files)', () => {
  const line = async (id: string): Promise<string> => {
    const { assessment, data } = await assessCase(caseById(id));
    await renderScreen(screenProps({ assessment, data, reads: READS_DONE }));
    return screen.getByTestId('first-data').textContent ?? '';
  };

  it('says "do not start" with the date for a riluzole allergy before any course', async () => {
    const text = await line('riluzole-allergy');
    expect(text).toMatch(/^Contraindicated/);
    expect(text).toMatch(/Riluzole allergy recorded \(\d{1,2} [A-Z][a-z]{2}( \d{4})?\): do not start riluzole/);
  });

  it('names the interacting drug, when it started and what it does', async () => {
    expect(await line('cyp1a2-inhibitor-smoker')).toMatch(
      /Ciprofloxacin .*\(\d{1,2} [A-Z][a-z]{2}( \d{4})?\) — CYP1A2 inhibitor: raises riluzole levels/,
    );
  });

  it('gives the recorded and the labelled dose for a non-standard dose', async () => {
    expect(await line('dose-once-daily')).toContain(
      '50 mg a day recorded; the labelled dose is 50 mg twice a day (100 mg)',
    );
  });

  it('says "today" on the due date itself, not "by" a date that is today', async () => {
    expect(await line('on-riluzole-due')).toContain('draw ALT today');
  });

  it('says a paused course is on hold', async () => {
    expect(await line('paused-on-hold')).toContain('(riluzole on hold)');
  });

  const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

  it('leads with the confirmation under a stop: stop riluzole; repeat the liver tests (spec v3 §5)', async () => {
    expect(plain(await line('alt-stop-on-treatment'))).toMatch(
      /^Action needed: Stop riluzole; repeat ALT, AST, ALP and bilirubin now \(due 21 Nov\) — ALT 212 U\/L/,
    );
  });

  it("leads with the confirmation under a Hy's law stop", async () => {
    expect(await line('hys-law')).toMatch(/^Action needed: Stop riluzole; repeat ALT, AST, ALP and bilirubin today/);
  });

  it('asks for the confirmation after a stop', async () => {
    expect(plain(await line('stopped-with-stop-alt-last-week'))).toContain(
      'Repeat ALT, AST, ALP and bilirubin now (due 21 Nov) — ALT 230 U/L',
    );
  });

  it('asks for the confirmation on a paused course', async () => {
    const paused = await line('paused-on-hold');
    expect(paused).toMatch(/^Action needed: Repeat ALT, AST, ALP and bilirubin now \(due 8 Nov\)/);
  });

  it('says "stop" once when the confirmation leads under a stop', async () => {
    const stop = plain(await line('alt-stop-on-treatment'));
    expect(stop).toContain('now (due 21 Nov) — ALT 212 U/L (5.3× ULN) on 18 Nov — liver test at the stop threshold');
    expect(stop.match(/stop riluzole|discontinue riluzole/gi)).toHaveLength(1);
  });

  it('says "stop" once under a Hy\'s law stop, and names the bilirubin half in lower case', async () => {
    const hys = plain(await line('hys-law'));
    expect(hys).toMatch(
      /and total bilirubin 2\.6 mg\/dL \(2\.2× ULN\) on \d+ Nov — Hy's law pattern \(RILUTEK US label 5\.1\)/,
    );
    expect(hys.match(/stop riluzole/gi)).toHaveLength(1);
  });

  it('says what an overdue confirmation confirms without repeating the request or the guidance text', async () => {
    const paused = plain(await line('paused-on-hold'));
    expect(paused).toBe(
      'Action needed: Repeat ALT, AST, ALP and bilirubin now (due 8 Nov) — to confirm ALT 130 U/L (3.3× ULN) ' +
        'on 5 Nov (FDA Guidance for Industry, Drug-Induced Liver Injury (2009)) (riluzole on hold)',
    );
  });

  it('names a planned riluzole order beside "eligible to start"', async () => {
    expect(plain(await line('planned-start-next-week'))).toMatch(
      /^Eligible to start riluzole: baseline liver tests within limits, no contraindication found; a riluzole order is planned \(see Medications\)$/,
    );
  });

  it('asks about fever beside the neutropenia stop (US 5.2), sourced to EU SmPC 4.4', async () => {
    const text = plain(await line('severe-neutropenia'));
    expect(text).toContain('Neutropenia: stop riluzole; ask about fever and advise reporting any febrile illness');
    expect(text).toContain('(RILUTEK EU SmPC 4.4)');
  });

  it('puts a confirmation due tomorrow before month 6, five weeks away', async () => {
    expect(plain(await line('confirm-alt-3x-due'))).toMatch(
      /^Confirm the raised result: repeat ALT, AST, ALP and bilirubin by 26 Nov — ALT 124 U\/L \(3\.1× ULN\)/,
    );
  });

  it('leads with "Use with caution", not "Eligible", for a caution before a course', async () => {
    const text = await line('baseline-alt-3x');
    expect(text).toMatch(/^Use with caution/);
    expect(text).not.toMatch(/Eligible/);
  });
});

describe('summary line: chosen from finding codes, not from the words of titles (issue 7.2)', () => {
  const critical = (code: Finding['code'], title: string): Finding => ({
    code,
    severity: 'critical',
    title,
    detail: 'detail',
    evidence: [],
    source: 'RILUTEK US label 5.2',
  });

  it('still says "stop riluzole" when a critical title only happens to contain the word "stop"', async () => {
    const f = critical('blood.neutropenia', 'Neutropenia (non-stop fever reported)');
    const assessment: Assessment = {
      ...ON_RILUZOLE_STOP,
      findings: [f],
      monitoring: { ...ON_RILUZOLE_STOP.monitoring, findings: [f] },
    };
    await renderScreen(screenProps({ assessment, reads: READS_DONE }));
    expect(screen.getByTestId('first-data')).toHaveTextContent('Neutropenia (non-stop fever reported): stop riluzole');
  });

  it('does not repeat "stop riluzole" after a stop-level ALT, whatever its title says', async () => {
    const f = { ...ON_RILUZOLE_STOP.findings[0], title: 'ALT at the stop threshold' } as Finding;
    const assessment: Assessment = { ...ON_RILUZOLE_STOP, findings: [f] };
    await renderScreen(screenProps({ assessment, reads: READS_DONE }));
    expect(screen.getByTestId('first-data')).not.toHaveTextContent(/stop riluzole/i);
  });
});
