import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/input-error';
import { resourcesFromJson } from '../../../src/cli/json-resources';
import { jsonErrorOffset } from '../../../src/cli/json-error-offset';
import { jsonErrorMessage, parseJsonText } from '../../../src/cli/json-text';

const list = (value: unknown): { resource: unknown; source: string }[] => [...resourcesFromJson(value, 'f.json')];

describe('resourcesFromJson', () => {
  it('yields one resource as itself', () => {
    expect(list({ resourceType: 'Patient', id: 'p' })).toEqual([
      { resource: { resourceType: 'Patient', id: 'p' }, source: 'f.json', file: 'f.json' },
    ]);
  });

  it('yields the items of an array and the entries of a bundle, nested bundles included', () => {
    const inner = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: { resourceType: 'Condition', id: 'c' } }],
    };
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', id: 'p' } }, { resource: inner }],
    };
    const got = list([bundle, { resourceType: 'Observation', id: 'o' }]);
    expect(got.map((r) => r.source)).toEqual([
      'f.json item 1 entry 1',
      'f.json item 1 entry 2 entry 1',
      'f.json item 2',
    ]);
  });

  it('reads a bundle with no entry as empty, and skips entries without a resource', () => {
    expect(list({ resourceType: 'Bundle', type: 'searchset' })).toEqual([]);
    expect(
      list({
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [{ request: { method: 'DELETE', url: 'Patient/x' } }],
      }),
    ).toEqual([]);
  });

  it('gives POST entries their urn:uuid id and rewrites references to it', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:1f0e',
          resource: { resourceType: 'Patient' },
          request: { method: 'POST', url: 'Patient' },
        },
        {
          fullUrl: 'urn:uuid:77aa',
          resource: {
            resourceType: 'Observation',
            subject: { reference: 'urn:uuid:1f0e' },
            hasMember: [{ reference: 'urn:uuid:none' }],
          },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    };
    const [patient, observation] = list(bundle).map((r) => r.resource);
    expect(patient).toEqual({ resourceType: 'Patient', id: '1f0e' });
    expect(observation).toMatchObject({
      id: '77aa',
      subject: { reference: 'Patient/1f0e' },
      hasMember: [{ reference: 'urn:uuid:none' }],
    });
  });

  it('takes a PUT entry id from its url and rewrites absolute references', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'https://ehr.example/fhir/Patient/p1',
          resource: { resourceType: 'Patient' },
          request: { method: 'PUT', url: 'Patient/p9' },
        },
        {
          resource: {
            resourceType: 'Condition',
            id: 'c',
            subject: { reference: 'https://ehr.example/fhir/Patient/p1' },
          },
        },
      ],
    };
    const [patient, condition] = list(bundle).map((r) => r.resource);
    expect(patient).toEqual({ resourceType: 'Patient', id: 'p9' });
    expect(condition).toMatchObject({ subject: { reference: 'Patient/p9' } });
  });

  it.each([
    [{ id: 'x' }, 'f.json: not FHIR: no resourceType'],
    [42, 'f.json: not FHIR: not a JSON object'],
    [[1, 2], 'f.json: not FHIR: an array with no resourceType in it'],
    [[{ resourceType: 'Patient' }, { id: 'x' }], 'f.json item 2: not FHIR: no resourceType'],
    [{ resourceType: 'Bundle', entry: [{ resource: { id: 'x' } }] }, 'f.json entry 1: not FHIR: no resourceType'],
  ])('refuses JSON that is not FHIR: %j', (value, message) => {
    // resourcesFromJson clears what it has yielded: give each call its own copy.
    expect(() => list(structuredClone(value))).toThrow(InputError);
    expect(() => list(structuredClone(value))).toThrow(message);
  });

  it('reads an empty array as no resources', () => {
    expect(list([])).toEqual([]);
  });
});

describe('parseJsonText', () => {
  it('names the line and column of a syntax error', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n}', 'f.json')).toThrow(/^f\.json: invalid JSON: .* at line 3 column 1$/);
  });

  it('says when the file is empty', () => {
    expect(() => parseJsonText(' \n', 'f.json')).toThrow('f.json: invalid JSON: the file is empty');
  });

  it('names the line and column for errors V8 gives no position for, without its excerpt', () => {
    const text = '{\n  "resourceType": "Patient",\n  "id": \n}\n';
    expect(() => parseJsonText(text, 'f.json')).toThrow(
      /^f\.json: invalid JSON: Unexpected token '}' at line 4 column 1$/,
    );
  });

  it('gives the column alone for one NDJSON line', () => {
    const line = '{"resourceType": "Observation", "id": oops}';
    let error: unknown;
    try {
      JSON.parse(line);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorMessage(error, line, true)).toBe("Unexpected token 'o' at column 39");
  });

  it('finds the error offset of truncated and trailing text', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": "\\u12G4"}')).toBe(8);
    expect(jsonErrorOffset('{"a": [true, false, null, -1.5e3, "\\n"]}')).toBeUndefined();
  });
});
