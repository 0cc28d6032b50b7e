/**
 * Issue 12: each counted condition is shown with its own clinical and verification status as
 * recorded ("ALS (G12.21): active, confirmed"; "ILD: active, provisional"), never a reworded guess.
 */
import { describe, expect, it } from 'vitest';
import { conditionStatusText } from '../../../src/rules';
import { assess, condition, data } from './fixtures';

const alsConfirmed = condition('als', {
  id: 'als-1',
  display: 'ALS',
  code: 'G12.21',
  clinicalStatus: 'active',
  verificationStatus: 'confirmed',
});
const ildProvisional = condition('ild', {
  id: 'ild-1',
  display: 'ILD',
  clinicalStatus: 'active',
  verificationStatus: 'provisional',
});

describe('condition statuses in the assessment', () => {
  it('lists every counted condition the eligibility judged, with its recorded statuses', () => {
    const a = assess(data({ conditions: [alsConfirmed, ildProvisional] }));
    expect(a.eligibility.conditions?.map(conditionStatusText)).toEqual([
      'ALS (G12.21): active, confirmed',
      'ILD: active, provisional',
    ]);
  });

  it('passes the statuses into the evidence of a condition finding', () => {
    const a = assess(data({ conditions: [alsConfirmed, ildProvisional] }));
    const ild = a.findings.find((f) => f.code === 'condition.ild');
    expect(ild?.evidence[0]).toMatchObject({
      id: 'ild-1',
      clinicalStatus: 'active',
      verificationStatus: 'provisional',
    });
  });

  it('says a status is not recorded instead of inventing one', () => {
    const a = assess(data({ conditions: [condition('als', { display: 'ALS', code: 'G12.21' })] }));
    expect(a.eligibility.conditions?.map(conditionStatusText)).toEqual([
      'ALS (G12.21): clinical status not recorded, verification status not recorded',
    ]);
  });

  it('leaves out conditions that do not count and those of no listed kind', () => {
    const a = assess(
      data({
        conditions: [
          alsConfirmed,
          condition('ild', { display: 'ILD, resolved', counts: false, clinicalStatus: 'resolved' }),
          { ...condition('als', { display: 'Hypertension' }), kinds: [] },
        ],
      }),
    );
    expect(a.eligibility.conditions?.map((e) => e.display)).toEqual(['ALS']);
  });
});
