import { describe, expect, it } from 'vitest';
import { ALL_SOURCES, sourcesOfResourceType } from '../../../src/fhir/resource-sources';

describe('sourcesOfResourceType', () => {
  it.each([
    ['Observation', ['labs', 'vital-signs', 'lung-function', 'smoking', 'pregnancy-status', 'breastfeeding-status']],
    ['MedicationRequest', ['medications']],
    ['MedicationStatement', ['medications']],
    ['Medication', ['medications']],
    ['Condition', ['conditions']],
    ['AllergyIntolerance', ['allergies']],
    ['Patient', ['patient']],
    ['Encounter', []],
    ['constructor', []],
    ['toString', []],
  ])('%s feeds %j', (type, sources) => {
    expect(sourcesOfResourceType(type)).toEqual(sources);
  });

  it('lists every source once in ALL_SOURCES', () => {
    expect(new Set(ALL_SOURCES).size).toBe(10);
  });
});
