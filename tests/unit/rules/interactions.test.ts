import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/rules';
import { alt, assess, codes, coded, data, finding, med, riluzole, type MedOptions } from './fixtures';

const active: MedOptions = { start: '2026-11-01' };
const withMeds = (...meds: ReturnType<typeof med>[]) => assess(data({ meds }));

describe('interactions with medications active at asOf', () => {
  it('flags a CYP1A2 inhibitor as a warning (US 7.1)', () => {
    const a = withMeds(med('Ciprofloxacin 500 MG Oral Tablet', active));
    expect(finding(a, 'interaction.cyp1a2-inhibitor')).toMatchObject({
      severity: 'warning',
      source: 'RILUTEK US label 7.1',
    });
  });

  it('matches whole words, case-insensitively', () => {
    expect(codes(withMeds(med('FLUVOXAMINE maleate', active)))).toContain('interaction.cyp1a2-inhibitor');
    expect(codes(withMeds(med('Fosphenytoin injection', active)))).not.toContain('interaction.cyp1a2-inducer');
  });

  it('counts phenytoin as both an inducer and liver-toxic', () => {
    const a = withMeds(med('Phenytoin sodium 100 MG', active));
    expect(codes(a)).toEqual(expect.arrayContaining(['interaction.cyp1a2-inducer', 'interaction.hepatotoxic']));
  });

  it.each([
    ['Rifampicin 300 mg capsule', 'interaction.cyp1a2-inducer'],
    ['Co-amoxiclav 625 mg', 'interaction.hepatotoxic'],
    ['amoxicillin 875 MG / clavulanate 125 MG Oral Tablet', 'interaction.hepatotoxic'],
    ['Divalproex sodium 500 MG', 'interaction.hepatotoxic'],
    ['Valproic acid 250 MG', 'interaction.hepatotoxic'],
    ['sulfamethoxazole 800 MG / trimethoprim 160 MG', 'interaction.hepatotoxic'],
    ['levonorgestrel 0.15 MG / ethinyl estradiol 0.03 MG', 'interaction.cyp1a2-inhibitor'],
    ['Teriflunomide 14 mg', 'interaction.cyp1a2-inducer'],
  ])('recognises "%s" as %s', (name, code) => {
    expect(codes(withMeds(med(name, active)))).toContain(code);
  });

  it('leaves statins out unless the clinic adds them', () => {
    const d = data({ meds: [med('Atorvastatin 20 MG', active)] });
    expect(codes(assess(d))).not.toContain('interaction.hepatotoxic');
    const s = parseSettings({ extraHepatotoxic: ['atorvastatin'] });
    const f = finding(assess(d, 'us', '2026-11-25', s), 'interaction.hepatotoxic');
    expect(f?.detail).toContain('added by the clinic setting extraHepatotoxic');
  });

  it('ignores medications not active at asOf', () => {
    expect(codes(withMeds(med('Ciprofloxacin', { start: '2026-10-01', status: 'completed' })))).not.toContain(
      'interaction.cyp1a2-inhibitor',
    );
    expect(codes(withMeds(med('Ciprofloxacin', { start: '2026-10-01', end: '2026-11-24' })))).not.toContain(
      'interaction.cyp1a2-inhibitor',
    );
    expect(codes(withMeds(med('Ciprofloxacin', { start: '2026-11-26' })))).not.toContain(
      'interaction.cyp1a2-inhibitor',
    );
    expect(codes(withMeds(med('Ciprofloxacin', { start: '2026-10-01', status: 'cancelled' })))).not.toContain(
      'interaction.cyp1a2-inhibitor',
    );
  });

  it('ends a prescription at its validity period when it has no other end', () => {
    expect(codes(withMeds(med('Ciprofloxacin', { start: '2026-10-01', validityEnd: '2026-11-24' })))).not.toContain(
      'interaction.cyp1a2-inhibitor',
    );
    expect(codes(withMeds(med('Ciprofloxacin', { start: '2026-10-01', validityEnd: '2026-11-25' })))).toContain(
      'interaction.cyp1a2-inhibitor',
    );
  });

  it('does not treat riluzole itself as an interaction', () => {
    expect(codes(withMeds(riluzole({ start: '2026-11-01' }))).filter((c) => c.startsWith('interaction.'))).toEqual([]);
  });
});

describe('smoking', () => {
  it('notes a current smoker from the latest smoking status, as info', () => {
    const a = assess(
      data({
        coded: [
          coded('smoking', '2020-01-01', false, 'Never smoker'),
          coded('smoking', '2026-01-01', true, 'Current every day smoker'),
        ],
      }),
    );
    expect(finding(a, 'interaction.smoking')?.severity).toBe('info');
    expect(finding(a, 'interaction.smoking')?.detail).toContain('2026-01-01');
  });

  it('does not flag a former smoker whose latest status is not current', () => {
    const a = assess(
      data({ coded: [coded('smoking', '2020-01-01', true), coded('smoking', '2026-01-01', false, 'Former smoker')] }),
    );
    expect(codes(a)).not.toContain('interaction.smoking');
  });

  it('takes the current smoker when two statuses share the latest date, whatever their order', () => {
    const current = coded('smoking', '2026-10-01', true, 'Current every day smoker');
    const former = coded('smoking', '2026-10-01', false, 'Former smoker');
    expect(codes(assess(data({ coded: [current, former] })))).toContain('interaction.smoking');
    expect(codes(assess(data({ coded: [former, current] })))).toContain('interaction.smoking');
  });
});

describe('interaction wording (issue 12)', () => {
  it("gives the drug's dose and its end date", () => {
    const cipro = med('Ciprofloxacin 500 MG Oral Tablet', {
      start: '2026-11-22',
      end: '2026-12-07',
      dosage: [{ doseValue: 500, doseUnit: 'mg', frequency: 2, period: 1, periodUnit: 'd' }],
    });
    const a = assess(data({ meds: [riluzole({ start: '2026-06-01' }), cipro], labs: [alt('2026-05-30', 20)] }));
    expect(finding(a, 'interaction.cyp1a2-inhibitor')?.detail).toContain(
      '(ciprofloxacin, 500 mg twice a day; active MedicationRequest since 2026-11-22, until 2026-12-07)',
    );
  });

  it('says when no end date is recorded', () => {
    const a = assess(data({ meds: [med('Fluvoxamine 50 MG Oral Tablet', { start: '2026-10-01' })] }));
    expect(finding(a, 'interaction.cyp1a2-inhibitor')?.detail).toContain('since 2026-10-01, no end date recorded');
  });
});
