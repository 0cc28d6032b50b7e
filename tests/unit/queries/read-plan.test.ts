import { describe, expect, it } from 'vitest';
import { CODED_SEARCH_TOKENS, LAB_SEARCH_LOINC } from '../../../src/fhir/codes';
import { DEFAULT_QUERY_POLICY } from '../../../src/fhir/queries/query-policy';
import { buildReadPlan, MAX_URL_LENGTH, MEDICATION_REQUEST_STATUSES } from '../../../src/fhir/queries/read-plan';

const SERVER = 'https://ehr.example/fhir/r4';
const plan = (policy = DEFAULT_QUERY_POLICY, labLoinc: readonly string[] = LAB_SEARCH_LOINC) =>
  buildReadPlan({ serverUrl: SERVER, patientId: 'p 1', policy, labLoinc });

describe('buildReadPlan', () => {
  it('reads the patient and searches every resource type by patient', () => {
    const p = plan();
    expect(p[0]).toMatchObject({ id: 'patient', path: 'Patient/p%201', interaction: 'read' });
    expect(p.filter((r) => r.id !== 'patient').every((r) => r.path.includes('patient=p%201'))).toBe(true);
    expect(p.map((r) => r.resourceType)).toEqual(
      expect.arrayContaining([
        'Observation',
        'MedicationRequest',
        'MedicationStatement',
        'Condition',
        'AllergyIntolerance',
      ]),
    );
  });

  it('searches labs by URL-encoded LOINC system|code and by category', () => {
    const p = plan();
    const loinc = p.find((r) => r.id === 'labs-loinc-1');
    expect(loinc?.path).toContain('code=http%3A%2F%2Floinc.org%7C1742-6,');
    expect(p.find((r) => r.id === 'labs-category')?.path).toContain('category=laboratory');
    expect(p.find((r) => r.id === 'smoking')?.path).toContain('http%3A%2F%2Floinc.org%7C72166-2');
    expect(p.find((r) => r.id === 'pregnancy')?.path).toContain('82810-3');
    expect(p.find((r) => r.id === 'vital-signs')?.path).toContain('category=vital-signs');
    expect(p.find((r) => r.id === 'fvc')?.path).toContain('19872-1');
  });

  it('searches every coded observation token of src/fhir/codes.ts', () => {
    const observationPaths = plan()
      .filter((r) => r.resourceType === 'Observation')
      .map((r) => r.path);
    for (const token of CODED_SEARCH_TOKENS) {
      expect(observationPaths.some((path) => path.includes(encodeURIComponent(token)))).toBe(true);
    }
  });

  it('sorts every Observation search newest first by date, and nothing else', () => {
    const p = plan();
    const observations = p.filter((r) => r.resourceType === 'Observation');
    expect(observations.length).toBeGreaterThan(3);
    for (const r of observations) expect(r.path).toMatch(/&_sort=-date&_count=100$/);
    expect(p.filter((r) => r.resourceType !== 'Observation').some((r) => r.path.includes('_sort'))).toBe(false);
    expect(p.find((r) => r.id === 'labs-category')?.path).toBe(
      'Observation?patient=p%201&category=laboratory&_sort=-date&_count=100',
    );
  });

  it('leaves _sort out when the EHR policy says its support is not confirmed', () => {
    const p = plan({ ...DEFAULT_QUERY_POLICY, sortNewestFirst: false, labsNeedCategory: true });
    expect(p.some((r) => r.path.includes('_sort'))).toBe(false);
    expect(p.find((r) => r.id === 'labs-category')?.path).toBe(
      'Observation?patient=p%201&category=laboratory&_count=100',
    );
  });

  it('splits a long LOINC list so no URL exceeds the limit, keeping every code', () => {
    const many = Array.from({ length: 120 }, (_, i) => `${10000 + i}-${i % 10}`);
    const labs = plan(DEFAULT_QUERY_POLICY, many).filter((r) => r.id.startsWith('labs-loinc-'));
    expect(labs.length).toBeGreaterThan(1);
    for (const r of labs) expect(SERVER.length + 1 + r.path.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const codes = labs.flatMap((r) => decodeURIComponent(/code=([^&]*)/.exec(r.path)?.[1] ?? '').split(','));
    expect(codes).toEqual(many.map((c) => `http://loinc.org|${c}`));
  });

  it('asks MedicationRequest with an explicit status list and _include', () => {
    const mr = plan().find((r) => r.id === 'medication-requests');
    expect(mr?.path).toContain(`status=${MEDICATION_REQUEST_STATUSES}`);
    expect(MEDICATION_REQUEST_STATUSES.split(',')).toEqual(
      expect.arrayContaining(['active', 'completed', 'stopped', 'on-hold']),
    );
    expect(mr?.path).toContain('_include=MedicationRequest%3Amedication');
  });

  it('follows the EHR policy: no MedicationStatement, category on every Observation search, page size', () => {
    const p = plan({ ...DEFAULT_QUERY_POLICY, hasMedicationStatement: false, labsNeedCategory: true, pageSize: 50 });
    expect(p.some((r) => r.resourceType === 'MedicationStatement')).toBe(false);
    expect(p.filter((r) => r.resourceType === 'Observation').every((r) => r.path.includes('category='))).toBe(true);
    expect(p.filter((r) => r.id !== 'patient').every((r) => r.path.includes('_count=50'))).toBe(true);
  });
});
