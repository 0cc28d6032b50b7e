import { describe, expect, it } from 'vitest';
import { alt, als, assess, AS_OF, codes, data, finding, patient, riluzole } from './fixtures';

describe('sources the EHR did not return', () => {
  const normal = { labs: [alt('2026-11-10', 22)], conditions: [als()] };

  it('is eligible with every source read (the control)', () => {
    expect(assess(data(normal)).eligibility.status).toBe('eligible');
  });

  it('never calls a patient eligible when allergies could not be read', () => {
    const a = assess({ ...data(normal), unavailable: ['allergies'] });
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(finding(a, 'data.read-failed')?.title).toBe('Allergies could not be read');
  });

  it('says conditions could not be read instead of "no ALS diagnosis"', () => {
    const a = assess({ ...data({ labs: normal.labs, conditions: [] }), unavailable: ['conditions'] });
    expect(codes(a)).not.toContain('indication.als-not-documented');
    expect(finding(a, 'data.read-failed')?.detail).toMatch(/ALS diagnosis/);
    expect(a.eligibility.status).toBe('insufficient-data');
  });

  it('puts failed lab and medication reads in the monitoring findings', () => {
    const a = assess({ ...data({ meds: [riluzole({ start: '2026-06-01' })] }), unavailable: ['labs', 'medications'] });
    expect(a.monitoring.findings.filter((f) => f.code === 'data.read-failed').map((f) => f.title)).toEqual([
      'Lab results and medications could not be read',
    ]);
  });

  it('only notes an unread smoking status: eligibility unchanged, an info note naming it', () => {
    const a = assess({ ...data(normal), unavailable: ['smoking'] });
    expect(a.eligibility.status).toBe('eligible');
    expect(finding(a, 'data.read-failed')).toMatchObject({
      severity: 'info',
      title: 'Smoking status could not be read',
    });
  });

  // docs/clinical-spec.md §1 principle 6: pregnancy or breast-feeding status unread → at most caution.
  for (const source of ['pregnancy-status', 'breastfeeding-status'] as const) {
    it(`gives caution, never eligible, when ${source} is unread for a patient not recorded as male`, () => {
      for (const sex of ['female', undefined, 'unknown', 'other']) {
        const who = { id: 'pat-1', birthDate: '1960-05-01', ...(sex ? { sex } : {}) };
        const a = assess({ ...data({ ...normal, patient: who }), unavailable: [source] });
        expect(a.eligibility.status, String(sex)).toBe('caution');
        const f = a.eligibility.findings.find((x) => x.code === 'data.read-failed');
        expect(f?.severity).toBe('warning');
        expect(f?.title).toMatch(source === 'pregnancy-status' ? /Pregnancy status/ : /Breast-feeding status/);
      }
    });

    it(`only notes ${source} unread for a patient recorded as male`, () => {
      const a = assess({ ...data({ ...normal, patient: patient({ sex: 'male' }) }), unavailable: [source] });
      expect(a.eligibility.status).toBe('eligible');
      expect(finding(a, 'data.read-failed')?.severity).toBe('info');
    });
  }

  it('never lowers a worse outcome to caution', () => {
    const a = assess({ ...data({ conditions: [als()] }), unavailable: ['pregnancy-status', 'breastfeeding-status'] });
    expect(a.eligibility.status).toBe('insufficient-data');
    const b = assess({ ...data(normal), unavailable: ['pregnancy-status', 'labs'] });
    expect(b.eligibility.status).toBe('insufficient-data');
    expect(finding(b, 'data.read-failed')?.title).toBe('Lab results and pregnancy status could not be read');
  });

  it('notes unread vital signs and lung function without changing eligibility', () => {
    const a = assess({ ...data(normal), unavailable: ['vital-signs', 'lung-function'] });
    expect(a.eligibility.status).toBe('eligible');
    expect(finding(a, 'data.read-failed')).toMatchObject({ severity: 'info' });
    expect(finding(a, 'data.read-failed')?.detail).toMatch(/weight/i);
  });

  it('names every unavailable source in the one finding the assessment keeps', () => {
    const a = assess({ ...data(normal), unavailable: ['conditions', 'allergies', 'labs'] });
    const f = a.findings.filter((x) => x.code === 'data.read-failed');
    expect(f.map((x) => x.title)).toEqual(['Lab results, conditions and allergies could not be read']);
    expect(f[0]?.detail).toMatch(/riluzole allergy cannot be ruled out/);
  });

  it('ignores unknown source names rather than throwing', () => {
    const odd = { ...data(normal), unavailable: ['x-ray' as never] };
    expect(assess(odd).eligibility.status).toBe('eligible');
  });

  describe('monitoring never reads up to date on data that could not all be read', () => {
    // On riluzole since 2026-06-01; an ALT on 2026-11-20 answers the month-6 point: up to date.
    const treated = { meds: [riluzole({ start: '2026-06-01' })], labs: [alt('2026-11-20', 22)], conditions: [als()] };

    it('is up to date with every source read (the control)', () => {
      expect(assess(data(treated)).monitoring.status).toBe('up-to-date');
    });

    it.each(['labs', 'medications'] as const)('is due today when %s could not be read', (source) => {
      const a = assess({ ...data(treated), unavailable: [source] });
      expect(a.monitoring.status).toBe('due');
      expect(a.monitoring.nextDue).toBe(AS_OF);
    });

    it('keeps a worse status as it is', () => {
      const overdue = { ...treated, labs: [alt('2026-07-01', 22)] };
      expect(assess({ ...data(overdue), unavailable: ['labs'] }).monitoring.status).toBe('overdue');
    });

    it('is unchanged by an unread smoking status', () => {
      expect(assess({ ...data(treated), unavailable: ['smoking'] }).monitoring.status).toBe('up-to-date');
    });
  });
});
