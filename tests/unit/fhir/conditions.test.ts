import { describe, it, expect } from 'vitest';
import type { AllergyIntolerance, Condition } from '@medplum/fhirtypes';
import { inCodeSet, ILD_CODES, SYSTEM } from '../../../src/fhir/codes';
import { normalizeResource } from '../../../src/fhir/normalize';
import { allergyRecord } from '../../../src/fhir/normalize/condition';
import type { AllergyRecord, ConditionRecord } from '../../../src/rules/types';
import { ctx } from './fixtures';

function condition(system: string, code: string, over: Partial<Condition> = {}): ConditionRecord {
  const c: Condition = {
    resourceType: 'Condition',
    id: 'c1',
    subject: { reference: 'Patient/p1' },
    code: { coding: [{ system, code }] },
    ...over,
  };
  const item = normalizeResource(c, ctx)[0];
  if (item?.type !== 'condition') throw new Error('expected a condition');
  return item.record;
}
const CM = SYSTEM.icd10cm;

describe('condition kinds by exact code and ICD-10 range', () => {
  it.each([
    [CM, 'G12.21', ['als']],
    [CM, 'G12.2', ['als']],
    [SYSTEM.icd10, 'G12.2', ['als']],
    [SYSTEM.snomed, '86044005', ['als']],
    [CM, 'G12.20', []],
    [CM, 'G12.29', []],
    [CM, 'J84.10', ['ild']],
    [CM, 'J84.112', ['ild']],
    [CM, 'J67.9', ['ild']],
    [CM, 'J70.3', ['ild']],
    [CM, 'J70.1', []],
    [CM, 'J70.5', []],
    [CM, 'J69.0', []],
    [CM, 'K70.30', ['liver-disease']],
    [CM, 'K77', ['liver-disease']],
    [CM, 'K78.0', []],
    [CM, 'K76.0', ['fatty-liver']],
    [CM, 'K76.6', ['liver-disease']],
    [CM, 'B18.2', ['liver-disease']],
    [CM, 'N18.30', ['ckd']],
    [CM, 'N18.6', ['ckd']],
    [CM, 'N18.2', []],
    [CM, 'N18.9', ['ckd']],
    [CM, 'O09.511', ['pregnancy']],
    [CM, 'O48.0', ['pregnancy']],
    [CM, 'O60.0', []],
    [CM, 'Z3A.20', ['pregnancy']],
    [CM, 'Z34.00', ['pregnancy']],
    [CM, 'Z33.1', ['pregnancy']],
    [CM, 'Z33.2', []],
    [CM, 'Z39.1', ['breastfeeding']],
    [CM, 'K85.10', ['pancreatitis']],
    [CM, 'K86.1', []],
    [SYSTEM.snomed, '709044004', ['ckd']],
    [SYSTEM.snomed, '233703007', ['ild']],
  ])('reads %s %s as %j', (system, code, kinds) => {
    expect(condition(system, code).kinds).toEqual(kinds);
  });
  it('gives fatty liver plus another liver code both kinds', () => {
    const r = condition(CM, 'K76.0', {
      code: {
        coding: [
          { system: CM, code: 'K76.0' },
          { system: SYSTEM.snomed, code: '19943007' },
        ],
      },
    });
    expect(r.kinds).toEqual(['liver-disease', 'fatty-liver']);
  });
  it('reads codes written without a dot or in lower case', () => {
    expect(inCodeSet(CM, 'j8410', ILD_CODES)).toBe(true);
  });
  it('never applies ICD ranges to SNOMED', () => {
    expect(condition(SYSTEM.snomed, 'J84.1').kinds).toEqual([]);
  });
});

describe('condition kinds by name', () => {
  it('recognises "Amyotrophic lateral sclerosis" text with a local code, with a note', () => {
    const r = condition('http://local', 'X1', {
      code: { coding: [{ system: 'http://local', code: 'X1' }], text: 'Amyotrophic Lateral Sclerosis (ALS)' },
    });
    expect(r).toMatchObject({ kinds: ['als'], matchedByName: true });
    expect(r.notes.map((n) => n.code)).toContain('data.matched-by-name');
  });
  it('recognises idiopathic pulmonary fibrosis and hypersensitivity pneumonitis as ILD, never aspiration pneumonitis', () => {
    const byText = (text: string): ConditionRecord => condition('http://local', 'x', { code: { text } });
    expect(byText('Idiopathic pulmonary fibrosis').kinds).toEqual(['ild']);
    expect(byText('Hypersensitivity pneumonitis').kinds).toEqual(['ild']);
    expect(byText('Aspiration pneumonitis').kinds).toEqual([]);
  });
  it.each(['G12.20', 'G12.29', 'g1220'])(
    'does not count a %s (other motor neuron disease) as ALS by its text',
    (code) => {
      const r = condition(CM, code, {
        code: { coding: [{ system: CM, code }], text: 'Motor neuron disease, suspected amyotrophic lateral sclerosis' },
      });
      expect(r).toMatchObject({ kinds: [], matchedByName: false });
      expect(r.notes.map((n) => n.code)).not.toContain('data.matched-by-name');
    },
  );
  it('still counts ALS by code when G12.20 sits beside an ALS coding', () => {
    const r = condition(CM, 'G12.20', {
      code: {
        coding: [
          { system: CM, code: 'G12.20' },
          { system: SYSTEM.snomed, code: '86044005' },
        ],
        text: 'Motor neuron disease',
      },
    });
    expect(r).toMatchObject({ kinds: ['als'], matchedByName: false });
  });
  it('does not read ILD by name from a J69.0 (aspiration pneumonitis) coding, whatever its text says', () => {
    const r = condition(CM, 'J69.0', {
      code: { coding: [{ system: CM, code: 'J69.0' }], text: 'Aspiration pneumonitis with pulmonary fibrosis' },
    });
    expect(r).toMatchObject({ kinds: [], matchedByName: false });
    const who = condition(SYSTEM.icd10, 'J69.0', {
      code: { coding: [{ system: SYSTEM.icd10, code: 'J69.0' }], text: 'Interstitial lung changes after aspiration' },
    });
    expect(who.kinds).toEqual([]);
  });
  it('never matches a text naming aspiration pneumonitis as ILD, even beside a fibrosis', () => {
    const byText = (text: string): ConditionRecord => condition('http://local', 'x', { code: { text } });
    expect(byText('Aspiration pneumonitis with pulmonary fibrosis').kinds).toEqual([]);
    expect(byText('Recurrent aspiration pneumonitis; interstitial lung markings').kinds).toEqual([]);
  });
  it('still matches ILD by name from another text of the concept', () => {
    const r = condition('http://local', 'x', {
      code: {
        coding: [{ system: 'http://local', code: 'x', display: 'Pulmonary fibrosis' }],
        text: 'Aspiration pneumonitis',
      },
    });
    expect(r).toMatchObject({ kinds: ['ild'], matchedByName: true });
  });
});

describe('whether a condition counts, and its dates', () => {
  const status = (system: string, code: string) => ({ coding: [{ system, code }] });
  it('does not count resolved, inactive or remission, nor refuted or entered-in-error', () => {
    const cs = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
    const vs = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
    expect(condition(CM, 'J84.10', { clinicalStatus: status(cs, 'resolved') }).counts).toBe(false);
    expect(condition(CM, 'J84.10', { clinicalStatus: status(cs, 'remission') }).counts).toBe(false);
    expect(condition(CM, 'J84.10', { verificationStatus: status(vs, 'refuted') }).counts).toBe(false);
    expect(
      condition(CM, 'J84.10', { clinicalStatus: status(cs, 'active'), verificationStatus: status(vs, 'confirmed') })
        .counts,
    ).toBe(true);
    expect(condition(CM, 'J84.10').counts).toBe(true);
  });
  it('reads onsetDateTime, onsetPeriod.start and recordedDate as written', () => {
    expect(
      condition(CM, 'J84.10', { onsetDateTime: '2025-11-30T23:00:00-05:00', recordedDate: '2025-12-02' }),
    ).toMatchObject({ onset: '2025-11-30', recorded: '2025-12-02' });
    expect(condition(CM, 'J84.10', { onsetPeriod: { start: '2025-10' } })).toMatchObject({ onset: '2025-10-01' });
  });
});

describe('AllergyIntolerance', () => {
  function allergy(over: Partial<AllergyIntolerance>): AllergyRecord {
    const a: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      id: 'a1',
      patient: { reference: 'Patient/p1' },
      ...over,
    };
    const item = normalizeResource(a, ctx)[0];
    if (item?.type !== 'allergy') throw new Error('expected an allergy');
    return item.record;
  }
  it('recognises riluzole by RxNorm code or by name, and keeps the type', () => {
    expect(
      allergy({ code: { coding: [{ system: SYSTEM.rxnorm, code: '199206' }] }, type: 'intolerance' }),
    ).toMatchObject({ isRiluzole: true, type: 'intolerance', counts: true });
    expect(allergy({ code: { text: 'Rilutek' } }).isRiluzole).toBe(true);
    expect(allergy({ code: { text: 'Penicillin' } }).isRiluzole).toBe(false);
  });
  it('does not count a refuted allergy', () => {
    const vs = { coding: [{ code: 'refuted' }] };
    expect(allergy({ code: { text: 'riluzole' }, verificationStatus: vs }).counts).toBe(false);
  });
});

describe('AllergyIntolerance details (issue 12)', () => {
  it('reads the reactions with their severity, the criticality and the verification status', () => {
    const r = allergyRecord(
      {
        resourceType: 'AllergyIntolerance',
        code: { text: 'Riluzole' },
        criticality: 'high',
        verificationStatus: { coding: [{ code: 'confirmed' }] },
        reaction: [{ manifestation: [{ text: 'Hives' }], severity: 'moderate' }],
      },
      'a1',
    );
    expect(r).toMatchObject({ reactions: ['Hives (moderate)'], criticality: 'high', verification: 'confirmed' });
  });
});

describe('a condition keeps its own statuses as recorded (issue 12)', () => {
  const status = (system: string, code: string) => ({ coding: [{ system, code }] });
  const CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
  const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';

  it('carries the clinical and verification status codes and the code it was recorded with', () => {
    const r = condition(CM, 'G12.21', {
      clinicalStatus: status(CLINICAL, 'active'),
      verificationStatus: status(VERIFICATION, 'confirmed'),
    });
    expect([r.code, r.clinicalStatus, r.verificationStatus]).toEqual(['G12.21', 'active', 'confirmed']);
  });

  it('keeps a provisional or unconfirmed verification as it is, and the text when there is no code', () => {
    const r = condition(SYSTEM.snomed, '233703007', {
      clinicalStatus: { text: 'Active' },
      verificationStatus: status(VERIFICATION, 'provisional'),
    });
    expect([r.clinicalStatus, r.verificationStatus]).toEqual(['Active', 'provisional']);
  });

  it('leaves a status out when it is not recorded, rather than assume one', () => {
    const r = condition(CM, 'G12.21');
    expect(r.clinicalStatus).toBeUndefined();
    expect(r.verificationStatus).toBeUndefined();
  });
});
