import { describe, it, expect } from 'vitest';
import { normalizeResource } from '../../../src/fhir/normalize';
import { altObservation, ctx, labOf, labsOf, LOINC, noteCodes } from './fixtures';

describe('which analyte a lab Observation is', () => {
  it('reads ALT by LOINC with the display "ALT" and keeps the FHIR id', () => {
    expect(labOf(altObservation())).toMatchObject({
      id: 'alt-1',
      analyte: 'alt',
      display: 'ALT',
      value: 30,
      unit: 'U/L',
      usable: true,
      notes: [],
    });
  });
  it.each([
    ['SGPT', 'alt'],
    ['Alanine aminotransferase', 'alt'],
    ['S-ALT', 'alt'],
    ['Aspartate aminotransferase (AST)', 'ast'],
    ['Bilirubin, total', 'bilirubinTotal'],
    ['Direct bilirubin', 'bilirubinDirect'],
    ['Alk phos', 'alp'],
    ['Gamma-glutamyl transferase', 'ggt'],
    ['Absolute neutrophil count', 'anc'],
    ['WBC', 'wbc'],
    ['Leukocytes', 'wbc'],
    ['Neutrophils/100 leukocytes', 'neutrophilPct'],
    ['Neutrophils % of leukocytes', 'neutrophilPct'],
    ['Neutrophils/100 leukocytes in Blood by Automated count', 'neutrophilPct'],
  ] as const)('matches a local code named "%s" as %s, with data.matched-by-name', (display, analyte) => {
    const lab = labOf(
      altObservation({ code: { coding: [{ system: 'http://lab.local/codes', code: 'X9', display }] } }),
    );
    expect(lab.analyte).toBe(analyte);
    expect(noteCodes(lab)).toContain('data.matched-by-name');
  });
  it('matches code.text whole-word and case-insensitively, never inside a word', () => {
    expect(labOf(altObservation({ code: { text: 'alt (serum)' } })).analyte).toBe('alt');
    expect(labsOf(altObservation({ code: { text: 'Salt intake' } }))).toEqual([]);
    expect(labsOf(altObservation({ code: { text: 'Cobalt' } }))).toEqual([]);
  });
  it('does not match a name that fits two analytes, nor a text beside an unlisted LOINC', () => {
    expect(labsOf(altObservation({ code: { text: 'AST/ALT ratio' } }))).toEqual([]);
    expect(labsOf(altObservation({ code: { text: 'WBC and neutrophils/100 leukocytes' } }))).toEqual([]);
    expect(labsOf(altObservation({ code: { text: 'Leukocytes; Neutrophils/100 leukocytes' } }))).toEqual([]);
    expect(
      labsOf(
        altObservation({
          code: {
            coding: [{ system: 'http://lab.local/codes', code: 'X9', display: 'Leukocytes' }],
            text: 'Neutrophils/100 leukocytes',
          },
        }),
      ),
    ).toEqual([]);
    expect(
      labsOf(
        altObservation({ code: { coding: [{ system: LOINC, code: '16325-3', display: 'AST/ALT' }], text: 'ALT' } }),
      ),
    ).toEqual([]);
  });
  it('takes the longer, more specific name: "Leukocytes" inside "Neutrophils/100 leukocytes" is neutrophil %', () => {
    const lab = labOf(
      altObservation({
        code: { coding: [{ system: 'urn:local', code: 'NEUT%', display: 'Neutrophils/100 leukocytes' }] },
        valueQuantity: { value: 62, unit: '%' },
      }),
    );
    expect(lab).toMatchObject({ analyte: 'neutrophilPct', value: 62, unit: '%', usable: true });
    expect(noteCodes(lab)).toContain('data.matched-by-name');
  });
  it('ignores Observations of other tests (blood pressure, HbA1c)', () => {
    expect(normalizeResource(altObservation({ code: { coding: [{ system: LOINC, code: '4548-4' }] } }), ctx)).toEqual(
      [],
    );
  });
  it('reads lab panel components that name an analyte, each with its own value and range', () => {
    const panel = altObservation({
      id: 'panel-1',
      code: { coding: [{ system: LOINC, code: '24325-3', display: 'Hepatic function panel' }] },
      valueQuantity: undefined,
      component: [
        {
          code: { coding: [{ system: LOINC, code: '1742-6' }] },
          valueQuantity: { value: 88, unit: 'U/L' },
          referenceRange: [{ high: { value: 40, unit: 'U/L' } }],
        },
        { code: { coding: [{ system: LOINC, code: '1920-8' }] }, valueQuantity: { value: 45, unit: 'U/L' } },
        { code: { coding: [{ system: LOINC, code: '2885-2' }] }, valueQuantity: { value: 7, unit: 'g/dL' } },
      ],
    });
    const labs = labsOf(panel);
    expect(labs.map((l) => [l.id, l.analyte, l.value, l.ranges.length])).toEqual([
      ['panel-1', 'alt', 88, 1],
      ['panel-1', 'ast', 45, 0],
    ]);
  });
});

describe('Observation status', () => {
  it.each(['final', 'amended', 'corrected'])('counts %s', (status) => {
    expect(labOf(altObservation({ status: status as 'final' })).usable).toBe(true);
  });
  it('counts preliminary with data.preliminary', () => {
    const lab = labOf(altObservation({ status: 'preliminary' }));
    expect(lab.usable).toBe(true);
    expect(noteCodes(lab)).toEqual(['data.preliminary']);
  });
  it.each(['entered-in-error', 'cancelled', 'registered', 'unknown'])('ignores %s and says so', (status) => {
    const lab = labOf(altObservation({ status: status as 'final' }));
    expect(lab.usable).toBe(false);
    expect(lab.value).toBe(30);
    expect(noteCodes(lab)).toEqual(['data.status-ignored']);
  });
});

describe('patient of a resource', () => {
  it('tags items with the subject reference id, relative or absolute', () => {
    const rel = normalizeResource(altObservation(), ctx)[0];
    const abs = normalizeResource(
      altObservation({ subject: { reference: 'https://ehr.example/fhir/Patient/p9' } }),
      ctx,
    )[0];
    expect(rel && 'patientId' in rel ? rel.patientId : undefined).toBe('p1');
    expect(abs && 'patientId' in abs ? abs.patientId : undefined).toBe('p9');
  });
});

describe('a name said once (issue 12)', () => {
  it('names a local code "SGPT" once when its display and text are both "SGPT"', () => {
    const lab = labOf(
      altObservation({
        code: { coding: [{ system: 'http://lab.local/codes', code: 'X9', display: 'SGPT' }], text: 'SGPT' },
      }),
    );
    const note = lab.notes.find((n) => n.code === 'data.matched-by-name');
    expect(note?.detail).not.toContain('SGPT / SGPT');
    expect(note?.detail).toContain('SGPT');
  });
});
