/**
 * A messy record 3 days ago: ALT 310 entered-in-error, ALT 30 preliminary, ALT 900 registered, an
 * undated ALT 400, an ALT 500 dated after asOf, and an AST with a dataAbsentReason.
 * Spec §2 statuses: "preliminary counts with data.preliminary; entered-in-error, cancelled,
 * registered, unknown are ignored"; "none [no date] gets data.date-missing"; §1 "Anything dated after
 * asOf is ignored"; "dataAbsentReason means no value". The only usable ALT is 30: eligible.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { addDays, daysBefore } from './dates';

const ID = 'lab-data-quality';

export const labDataQuality: ClinicalCase = {
  id: ID,
  title: 'Corrected and preliminary lab results: only the valid ALT counts',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 3);
    return {
      resources: bundle(
        patient(ID, { name: 'Simon Clark', birthDate: '1960-07-19', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 310, { status: 'entered-in-error' }),
        alt(ID, 2, day, 30, { status: 'preliminary' }),
        alt(ID, 3, day, 900, { status: 'registered' }),
        alt(ID, 4, day, 400, { dateField: 'none' }),
        alt(ID, 5, addDays(asOf, 3), 500),
        ast(ID, 1, day, undefined, { dataAbsent: true }),
        bili(ID, 1, day, 0.7),
      ),
      expected: {
        eligibility: 'eligible',
        dataNotes: ['data.preliminary', 'data.date-missing'],
        absent: [
          'baseline.alt-missing',
          'baseline.transaminase-above-uln',
          'baseline.transaminase-above-3x',
          'baseline.transaminase-above-5x',
        ],
      },
    };
  },
};
