import { describe, it, expect, beforeAll } from 'vitest';
import {
  CANONICAL_UNIT,
  loadUcumConverter,
  tableConverter,
  tableKey,
  type UnitConverter,
} from '../../../src/fhir/units';

const UCUM = 'http://unitsofmeasure.org';
let ucum: UnitConverter;
beforeAll(async () => {
  ucum = await loadUcumConverter();
});

describe.each([
  ['table', () => tableConverter],
  ['ucum', () => ucum],
])('%s converter', (_name, get) => {
  const conv = (): UnitConverter => get();

  it('reads 4 µkat/L ALT as 240 U/L', () => {
    expect(conv().toCanonical('alt', 4, { unit: 'µkat/L' })).toBe(240);
    expect(conv().toCanonical('alt', 4, { code: 'ukat/L', system: UCUM })).toBe(240);
  });
  it('reads 500 nkat/L AST as 30 U/L', () => {
    expect(conv().toCanonical('ast', 500, { unit: 'nkat/L' })).toBe(30);
  });
  it('treats IU/L and [IU]/L as the same number as U/L', () => {
    expect(conv().toCanonical('alt', 55, { unit: 'IU/L' })).toBe(55);
    expect(conv().toCanonical('ggt', 55, { code: '[IU]/L', system: UCUM })).toBe(55);
  });
  it('reads bilirubin 34.2 µmol/L as 2 mg/dL (÷ 17.1) and 12 mg/L as 1.2 mg/dL', () => {
    expect(conv().toCanonical('bilirubinTotal', 34.2, { unit: 'µmol/L' })).toBe(2);
    expect(conv().toCanonical('bilirubinDirect', 34.2, { code: 'umol/L', system: UCUM })).toBe(2);
    expect(conv().toCanonical('bilirubinTotal', 12, { unit: 'mg/L' })).toBe(1.2);
  });
  it.each(['10*3/uL', '10^3/µL', '10^3/mcL', 'K/uL', 'x10E3/uL', 'G/L', '10*9/L', 'x10^3/uL'])(
    'reads WBC 7.5 %s as 7.5 ×10⁹/L',
    (unit) => {
      expect(conv().toCanonical('wbc', 7.5, { unit })).toBe(7.5);
    },
  );
  it.each(['/uL', 'cells/uL', '/mm3', 'cells/µL'])('reads ANC 1500 %s as 1.5 ×10⁹/L', (unit) => {
    expect(conv().toCanonical('anc', 1500, { unit })).toBe(1.5);
  });
  it('reads weight in g, [lb_av] and lb as kg', () => {
    expect(conv().toCanonical('weight', 70500, { code: 'g', system: UCUM })).toBe(70.5);
    expect(conv().toCanonical('weight', 150, { code: '[lb_av]', system: UCUM })).toBe(68.0388555);
    expect(conv().toCanonical('weight', 150, { unit: 'lb' })).toBe(68.0388555);
  });
  it('reads 100.4 °F and [degF] as 38 Cel', () => {
    expect(conv().toCanonical('temperature', 100.4, { unit: '°F' })).toBe(38);
    expect(conv().toCanonical('temperature', 100.4, { code: '[degF]', system: UCUM })).toBe(38);
    expect(conv().toCanonical('temperature', 37.2, { code: 'Cel', system: UCUM })).toBe(37.2);
  });
  it('reads eGFR in mL/min/1.73m2, mL/min/{1.73_m2} and mL/min as the same number', () => {
    for (const unit of ['mL/min/1.73m2', 'mL/min/{1.73_m2}', 'mL/min', 'mL/min/1.73 m²']) {
      expect(conv().toCanonical('egfr', 58, { unit })).toBe(58);
    }
  });
  it('reads an FVC of 0.62 with unit "1" or none as 62 % predicted', () => {
    expect(conv().toCanonical('fvcPct', 0.62, { code: '1', system: UCUM })).toBe(62);
    expect(conv().toCanonical('fvcPct', 0.62, {})).toBe(62);
    expect(conv().toCanonical('fvcPct', 62, { unit: '%' })).toBe(62);
  });
  it('does not guess an FVC of 62 with no unit, nor a unitless ALT', () => {
    expect(conv().toCanonical('fvcPct', 62, {})).toBeUndefined();
    expect(conv().toCanonical('fvcPct', 62, { code: '1' })).toBeUndefined();
    expect(conv().toCanonical('alt', 40, {})).toBeUndefined();
  });
  it('rejects units of the wrong kind and unknown spellings', () => {
    expect(conv().toCanonical('alt', 40, { unit: 'mg/dL' })).toBeUndefined();
    expect(conv().toCanonical('alt', 40, { unit: 'banana' })).toBeUndefined();
    expect(conv().toCanonical('neutrophilPct', 0.6, { code: '1', system: UCUM })).toBeUndefined();
    expect(conv().toCanonical('alt', Number.NaN, { unit: 'U/L' })).toBeUndefined();
  });
  it('reads a known spelling even when it is coded in a local system', () => {
    expect(conv().toCanonical('alt', 40, { code: 'U/L', system: 'http://lab.local/units' })).toBe(40);
  });
  it('keeps the analyte canonical unit list of spec §3', () => {
    expect(CANONICAL_UNIT.anc).toBe('10*9/L');
    expect(CANONICAL_UNIT.egfr).toBe('mL/min/{1.73_m2}');
  });
});

describe('UCUM converter beyond the table', () => {
  it('converts other valid UCUM units (10*6/mL, mmol/(min.L)) and rounds float noise', () => {
    expect(ucum.toCanonical('wbc', 7.5, { code: '10*6/mL', system: UCUM })).toBe(7.5);
    expect(ucum.toCanonical('alt', 1, { code: 'mmol/(min.L)', system: UCUM })).toBe(1000);
  });
  it('converts bilirubin in nmol/L with the molecular weight 584.66', () => {
    expect(ucum.toCanonical('bilirubinTotal', 17104, { code: 'nmol/L', system: UCUM })).toBeCloseTo(1.0, 3);
  });
  it('does not read K/uL as Kelvin, nor convert a non-UCUM code system', () => {
    expect(ucum.toCanonical('wbc', 7.5, { code: 'K/uL', system: UCUM })).toBe(7.5);
    expect(ucum.toCanonical('alt', 1, { code: 'mmol/(min.L)', system: 'http://local' })).toBeUndefined();
  });
});

describe('tableKey', () => {
  it('folds spacing, case, µ, mc and powers', () => {
    expect(tableKey(' 10^3/mcL ')).toBe('10*3/ul');
    expect(tableKey('x10E3/uL')).toBe('10*3/ul');
    expect(tableKey('µkat/L')).toBe('ukat/l');
  });
});
