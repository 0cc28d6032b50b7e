import { describe, expect, it } from 'vitest';
import { FhirHttpError } from '../../../src/fhir/queries/fhir-gateway';
import { toReadState } from '../../../src/fhir/queries/to-read-state';

const READ = {
  id: 'conditions',
  label: 'Conditions',
  resourceType: 'Condition',
  interaction: 'search' as const,
  path: 'Condition?patient=1',
};
const failed = (status: number) => toReadState(READ, { status: 'error', error: new FhirHttpError(status, 'x') }, true);

describe('toReadState', () => {
  it('maps 401 to an expired session', () => {
    expect(failed(401)).toMatchObject({
      status: 'error',
      error: { kind: 'expired', message: 'Your session has expired: relaunch Riluzole Monitor from the EHR.' },
    });
  });
  it('maps 403 to not granted, naming the data', () => {
    expect(failed(403)).toMatchObject({
      status: 'not-granted',
      error: { message: 'The EHR did not grant access to conditions.' },
    });
  });
  it('notes a 404 on a search as not supported', () => {
    expect(failed(404).status).toBe('not-supported');
  });
  it('does not claim retries for a 501 (the EHR lacks the feature)', () => {
    expect(failed(501)).toMatchObject({ status: 'error', error: { kind: 'bad-request', httpStatus: 501 } });
    expect(failed(501).error?.message).not.toMatch(/tried/);
  });
  it('reports 5xx and network failures as errors', () => {
    expect(failed(503)).toMatchObject({ status: 'error', error: { kind: 'server', httpStatus: 503 } });
    expect(failed(0)).toMatchObject({ status: 'error', error: { kind: 'network' } });
  });
  it('never requests an ungranted read and says so', () => {
    expect(toReadState(READ, { status: 'pending', error: null }, false)).toMatchObject({
      status: 'not-granted',
      count: 0,
    });
  });
  it('distinguishes loading, partial, done and capped', () => {
    const data = {
      resources: [{ resourceType: 'Condition', id: 'a' }],
      warnings: [],
      pages: 1,
      complete: false,
      capped: false,
    };
    expect(toReadState(READ, { status: 'pending', error: null }, true).status).toBe('loading');
    expect(toReadState(READ, { status: 'success', error: null, data }, true)).toMatchObject({
      status: 'partial',
      count: 1,
    });
    expect(toReadState(READ, { status: 'success', error: null, data: { ...data, complete: true } }, true).status).toBe(
      'done',
    );
    expect(
      toReadState(READ, { status: 'success', error: null, data: { ...data, complete: true, capped: true } }, true)
        .status,
    ).toBe('capped');
  });
});
