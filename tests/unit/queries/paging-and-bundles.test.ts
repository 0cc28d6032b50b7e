import { describe, expect, it } from 'vitest';
import { splitPage, MalformedResponseError } from '../../../src/fhir/queries/bundle';
import { medicationBatchPaths, medicationIdOf, missingMedicationIds } from '../../../src/fhir/queries/medication-refs';
import { canRead, parseScopes } from '../../../src/fhir/queries/scopes';
import { isOnServer } from '../../../src/fhir/queries/search-url';

const SERVER = 'https://ehr.example/fhir/r4';

describe('isOnServer', () => {
  it.each([
    ['https://ehr.example/fhir/r4/Observation?page=2', true],
    ['https://ehr.example/fhir/r4?_getpages=abc', true],
    ['https://ehr.example/fhir/r4-other/Observation', false],
    ['https://ehr.example/other/Observation', false],
    ['http://ehr.example/fhir/r4/Observation', false],
    ['https://evil.example/fhir/r4/Observation', false],
    ['https://ehr.example:8443/fhir/r4/Observation', false],
  ])('%s -> %s', (url, expected) => {
    expect(isOnServer(url, SERVER)).toBe(expected);
  });
});

describe('splitPage', () => {
  it('separates OperationOutcome entries from data and finds next', () => {
    const page = splitPage({
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'Observation', id: 'a' } },
        {
          resource: {
            resourceType: 'OperationOutcome',
            issue: [{ severity: 'warning', diagnostics: 'may not contain the entire record' }],
          },
        },
      ],
      link: [
        { relation: 'self', url: 'x' },
        { relation: 'next', url: 'n' },
      ],
    });
    expect(page.resources.map((r) => r.id)).toEqual(['a']);
    expect(page.warnings).toEqual(['warning: may not contain the entire record']);
    expect(page.next).toBe('n');
  });
  it('treats a Bundle without entry as an empty page', () => {
    expect(splitPage({ resourceType: 'Bundle', type: 'searchset', total: 0 })).toEqual({
      resources: [],
      warnings: [],
      total: 0,
    });
  });
  it('refuses something that is not FHIR', () => {
    expect(() => splitPage('<html>')).toThrow(MalformedResponseError);
  });
});

describe('scopes', () => {
  it('reads v1, v2, wildcard and granular scopes', () => {
    const v1 = parseScopes('launch patient/Observation.read');
    expect(canRead(v1, 'Observation')).toBe(true);
    expect(canRead(v1, 'Condition')).toBe(false);
    expect(canRead(parseScopes('patient/*.rs'), 'Condition')).toBe(true);
    expect(canRead(parseScopes('patient/Observation.rs?category=laboratory'), 'Observation')).toBe(true);
    expect(canRead(parseScopes('patient/Patient.r'), 'Patient', 'read')).toBe(true);
    expect(canRead(parseScopes('patient/Patient.r'), 'Patient', 'search')).toBe(false);
    expect(canRead(parseScopes('openid fhirUser launch online_access'), 'Observation')).toBe(false);
  });
});

describe('medication references', () => {
  it('names only references that are neither contained nor included', () => {
    const ids = missingMedicationIds(
      [
        { resourceType: 'MedicationRequest', id: '1', medicationReference: { reference: 'Medication/inc' } },
        { resourceType: 'MedicationRequest', id: '2', medicationReference: { reference: '#c1' } },
        { resourceType: 'MedicationRequest', id: '3', medicationReference: { reference: 'Medication/b' } },
        { resourceType: 'MedicationStatement', id: '4', medicationReference: { reference: `${SERVER}/Medication/a` } },
        {
          resourceType: 'MedicationRequest',
          id: '5',
          medicationReference: { reference: 'https://other.example/Medication/z' },
        },
        { resourceType: 'MedicationRequest', id: '6', medicationCodeableConcept: { text: 'riluzole' } },
        { resourceType: 'Medication', id: 'inc' },
      ],
      SERVER,
    );
    expect(ids).toEqual(['a', 'b']);
    expect(medicationIdOf('Medication/x/_history/2', SERVER)).toBe('x');
  });
  it('batches ids into one search per URL-sized chunk', () => {
    expect(medicationBatchPaths(['a', 'b'], SERVER, 50)).toEqual(['Medication?_id=a,b&_count=50']);
    const many = Array.from({ length: 200 }, (_, i) => `medication-${i}`);
    const paths = medicationBatchPaths(many, SERVER, 50);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.every((p) => SERVER.length + 1 + p.length <= 1800)).toBe(true);
  });
});
