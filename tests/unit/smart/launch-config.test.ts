import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decideLaunch,
  findEntry,
  newStateKey,
  parseSmartConfig,
  scopeFor,
  STATE_BYTES,
  toAuthorizeOptions,
} from '../../../src/smart/launch-config';

const config = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/smart-config.json'), 'utf8'),
) as unknown;
const entries = parseSmartConfig(config);

const V2 =
  'launch openid fhirUser online_access patient/Patient.rs patient/Observation.rs patient/MedicationRequest.rs patient/MedicationStatement.rs patient/Medication.rs patient/Condition.rs patient/AllergyIntolerance.rs';

describe('public/smart-config.json', () => {
  it.each([
    ['http://127.0.0.1:5173/sandbox/fhir', 'Built-in sandbox'],
    ['http://localhost:4000/sandbox/fhir/', 'Built-in sandbox'],
    ['https://launch.smarthealthit.org/v/r4/sim/eyJoIjoiMSJ9/fhir', 'SMART Health IT'],
    ['https://launch.smarthealthit.org/v/r4/fhir', 'SMART Health IT'],
    ['https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4', 'Epic'],
    ['https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d', 'Oracle Health'],
    ['https://fhir-myrecord.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d', 'Oracle Health'],
  ])('matches %s to the %s entry', (iss, name) => {
    expect(findEntry(entries, iss)?.name).toContain(name);
  });

  it.each([
    'https://evil.example/sandbox/fhir',
    'http://127.0.0.1.evil.example/sandbox/fhir',
    'https://evil.example/?x=https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4',
    'https://fhir.epic.com.evil.example/interconnect-fhir-oauth/api/FHIR/R4',
  ])('matches no entry for %s', (iss) => {
    expect(findEntry(entries, iss)).toBeUndefined();
  });

  it('asks SMART v2 scopes by default and has a v1 (.read) variant', () => {
    expect(findEntry(entries, 'http://127.0.0.1:5173/sandbox/fhir')?.scope).toBe(V2);
    expect(entries.some((e) => e.scope.includes('patient/Observation.read'))).toBe(true);
  });

  it('requires PKCE S256 for the sandbox, the public launcher and Epic', () => {
    for (const iss of [
      'http://127.0.0.1:5173/sandbox/fhir',
      'https://launch.smarthealthit.org/v/r4/fhir',
      'https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4',
    ]) {
      expect(findEntry(entries, iss)?.pkceMode).toBe('required');
    }
  });

  it('records the per-EHR query policy', () => {
    const epic = findEntry(entries, 'https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4');
    expect(epic?.query).toMatchObject({ labsNeedCategory: true, hasMedicationStatement: false });
    const cerner = findEntry(entries, 'https://fhir-ehr.cerner.com/r4/abc');
    expect(cerner?.query).toMatchObject({ medicationRequestCodeSearch: false, hasMedicationStatement: false });
    expect(epic?.clientId).toMatch(/REPLACE/);
  });

  it('sorts Observation searches newest first only where _sort=-date is known to work', () => {
    const sorted = (iss: string) => findEntry(entries, iss)?.query.sortNewestFirst;
    expect(sorted('http://127.0.0.1:5173/sandbox/fhir')).toBe(true);
    expect(sorted('https://launch.smarthealthit.org/v/r4/fhir')).toBe(true);
    expect(sorted('https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4')).toBe(false);
    expect(sorted('https://fhir-ehr.cerner.com/r4/abc')).toBe(false);
  });
});

describe('parseSmartConfig', () => {
  const base = { name: 'x', issMatch: '^https://x$', clientId: 'c', scope: 'launch' };
  it('refuses an unanchored issMatch', () => {
    expect(() => parseSmartConfig({ entries: [{ ...base, issMatch: 'fhir.epic.com' }] })).toThrow(/\^/);
  });
  it('refuses PKCE modes SMART 2 forbids', () => {
    expect(() => parseSmartConfig({ entries: [{ ...base, pkceMode: 'disabled' }] })).toThrow(/pkceMode/);
  });
  it('defaults to PKCE required, completeInTarget and index.html', () => {
    expect(parseSmartConfig([base])[0]).toMatchObject({
      pkceMode: 'required',
      completeInTarget: true,
      redirectUri: 'index.html',
    });
  });
  it('refuses an empty file', () => {
    expect(() => parseSmartConfig({})).toThrow(/entries/);
  });
});

describe('decideLaunch', () => {
  it('authorizes an EHR launch for a registered issuer', () => {
    const d = decideLaunch(entries, '?iss=http%3A%2F%2F127.0.0.1%3A5173%2Fsandbox%2Ffhir&launch=abc');
    expect(d).toMatchObject({ kind: 'authorize', standalone: false });
  });
  it('treats an iss without launch as a standalone launch', () => {
    expect(decideLaunch(entries, '?iss=http%3A%2F%2F127.0.0.1%3A5173%2Fsandbox%2Ffhir')).toMatchObject({
      standalone: true,
    });
  });
  it('names an unknown issuer', () => {
    expect(decideLaunch(entries, '?iss=https%3A%2F%2Fother.example%2Ffhir&launch=1')).toEqual({
      kind: 'unknown-issuer',
      iss: 'https://other.example/fhir',
    });
  });
  it('ignores fhirServiceUrl (an open server without authorization)', () => {
    expect(decideLaunch(entries, '?fhirServiceUrl=https%3A%2F%2Fx')).toEqual({ kind: 'no-issuer' });
  });
});

describe('scopes and authorize options', () => {
  it('asks launch/patient instead of launch for a standalone launch', () => {
    expect(scopeFor(V2, true).split(' ')).toEqual(expect.arrayContaining(['launch/patient', 'patient/Observation.rs']));
    expect(scopeFor(V2, true).split(' ')).not.toContain('launch');
    expect(scopeFor(V2, false)).toBe(V2);
  });
  it('passes the array form with an issMatch RegExp and the state key to every entry', () => {
    const options = toAuthorizeOptions(entries, 'k', false);
    expect(options).toHaveLength(entries.length);
    expect(
      options.every((o) => o.issMatch instanceof RegExp && o.stateKey === 'k' && o.redirectUri === 'index.html'),
    ).toBe(true);
  });
  it('makes a state key of at least 122 random bits from the CSPRNG', () => {
    let asked = 0;
    const key = newStateKey((bytes) => {
      asked = bytes.length;
      return crypto.getRandomValues(bytes);
    });
    expect(asked * 8).toBeGreaterThanOrEqual(122);
    expect(STATE_BYTES * 8).toBeGreaterThanOrEqual(122);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newStateKey((b) => crypto.getRandomValues(b))).not.toBe(key);
  });
});
