import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AS_OF,
  adaResources,
  altObservation,
  benResources,
  RiluzoleMedication,
  riluzoleRequest,
  transactionBundle,
} from './fixtures';
import { assessments, ROOT, runCli, tempDir } from './run-cli';

const tmp = tempDir('cli-inputs-');
afterAll(() => tmp.remove());

/** Runs the CLI and checks it succeeded quietly, returning the parsed assessments. */
function assess(...paths: string[]): ReturnType<typeof assessments> {
  const result = runCli(['--as-of', AS_OF, ...paths]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return assessments(result);
}

describe('assess: input forms', { timeout: 30_000 }, () => {
  it('reads a transaction Bundle with PUT entries: one patient, one line', () => {
    const [ada, ...rest] = assess(tmp.json('put.json', transactionBundle(adaResources())));
    expect(rest).toEqual([]);
    expect(ada).toMatchObject({ asOf: AS_OF, policy: 'us', patient: { id: 'ada', name: 'Ada Lovelace' } });
    expect(ada).toMatchObject({ eligibility: { status: 'caution' }, labs: { alt: [{ id: 'ada-alt-1', value: 150 }] } });
  });

  it('reads a transaction Bundle with POST entries and urn:uuid references', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:5b1e',
          resource: { resourceType: 'Patient', name: [{ text: 'Uma Uuid' }] },
          request: { method: 'POST', url: 'Patient' },
        },
        {
          fullUrl: 'urn:uuid:a1',
          resource: {
            ...altObservation('x', 'ignored', '2026-05-02', 20),
            id: undefined,
            subject: { reference: 'urn:uuid:5b1e' },
          },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    };
    const [uma] = assess(tmp.json('post.json', bundle));
    expect(uma).toMatchObject({ patient: { id: '5b1e', name: 'Uma Uuid' }, labs: { alt: [{ id: 'a1', value: 20 }] } });
  });

  it('reads a searchset with an OperationOutcome among the results', () => {
    const searchset = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        ...adaResources().map((resource) => ({ resource, search: { mode: 'match' } })),
        {
          resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'too-costly' }] },
          search: { mode: 'outcome' },
        },
      ],
    };
    expect(assess(tmp.json('searchset.json', searchset)).map((a) => a.patient.id)).toEqual(['ada']);
  });

  it('reads a JSON array of resources and a single resource', () => {
    expect(assess(tmp.json('array.json', adaResources()))).toHaveLength(1);
    expect(assess(tmp.json('one.json', benResources()[0]))).toMatchObject([
      { patient: { id: 'ben' }, eligibility: { status: 'insufficient-data' } },
    ]);
  });

  it('reads a Bulk export (one NDJSON per type) and resolves Medication.ndjson references', () => {
    const [ada, ben] = adaResources() as [object, object, object];
    tmp.ndjson('bulk/Patient.ndjson', [benResources()[0], ada]);
    tmp.ndjson('bulk/Condition.ndjson', [...adaResources().slice(1, 2), ...benResources().slice(1)]);
    tmp.ndjson('bulk/MedicationRequest.ndjson', [riluzoleRequest('ada', '2026-05-25')]);
    tmp.ndjson('bulk/Observation.ndjson', adaResources().slice(2));
    tmp.ndjson('bulk/Medication.ndjson', [RiluzoleMedication]);
    const out = assess(tmp.path('bulk'));
    expect(out.map((a) => a.patient.id)).toEqual(['ada', 'ben']);
    expect(out[0]).toMatchObject({ treatment: { status: 'on-riluzole', courseStart: '2026-05-25', dailyDoseMg: 100 } });
    expect(JSON.stringify(out[0]?.dataNotes)).not.toContain('data.medication-unresolved');
    void ben;
  });

  it('gives the same lines when the records spill to temp files (a large export)', () => {
    const inMemory = runCli(['--as-of', AS_OF, tmp.path('bulk')]);
    const spilled = runCli(['--as-of', AS_OF, tmp.path('bulk')], { ASSESS_SPILL_AFTER: '1', ASSESS_TIMING: '1' });
    expect(spilled.stderr).toContain('records spilled to temp files');
    expect(spilled.status).toBe(0);
    expect(spilled.lines).toHaveLength(2);
    expect(spilled.stdout).toBe(inMemory.stdout);
  });

  it('reads a folder recursively and mixes forms, one line per patient in id order', () => {
    tmp.json('mixed/z/ben.json', transactionBundle(benResources()));
    tmp.ndjson('mixed/a.ndjson', adaResources());
    const out = assess(tmp.path('mixed'));
    expect(out.map((a) => a.patient.id)).toEqual(['ada', 'ben']);
  });

  it('turns a malformed FHIR resource into a data note and goes on', () => {
    const broken = {
      resourceType: 'Observation',
      subject: { reference: 'Patient/ada' },
      code: 'not a concept',
      valueQuantity: 7,
    };
    const [ada] = assess(tmp.ndjson('broken.ndjson', [...adaResources(), broken]));
    expect(JSON.stringify(ada?.dataNotes)).toContain('data.malformed-resource');
  });

  it('assesses the five Synthea transaction Bundles: five lines of JSON', () => {
    const dir = join(ROOT, 'tests/fixtures/synthea');
    const files = readdirSync(dir)
      .filter((f) => f.startsWith('patient-'))
      .map((f) => join(dir, f));
    const out = assess(...files);
    expect(out).toHaveLength(5);
    expect(out.map((a) => a.patient.id)).toEqual(files.map((f) => /patient-(.*)\.json$/.exec(f)?.[1]).sort());
    expect(out.every((a) => typeof a.patient.name === 'string')).toBe(true);
  });
});
