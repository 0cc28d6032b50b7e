/**
 * Ten years on riluzole (start S = asOf − 120 months), renewed yearly; monthly liver, blood and
 * kidney tests and FVC, weekly home weight, BMI and temperature: about 2,900 Observations, for the
 * paging and speed tests. Spec §5 schedule: the last ALT on S+120 months answers the periodic point
 * S+12+18×6 months; next is S+126 months, not yet open: `up-to-date`. §1 courses: yearly orders
 * that follow each other with a 1-day gap (≤ 90 days) make one course from S.
 */
import type { Observation, Resource } from '@medplum/fhirtypes';
import {
  alp,
  alsBackground,
  bmi,
  bundle,
  directBili,
  egfr,
  fvc,
  ggt,
  neutPct,
  panel,
  patient,
  riluzoleRequest,
  temperature,
  wbc,
  weight,
} from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'ten-year-history';
const MONTHS = 120;
const HEIGHT_M = 1.78;

/** A small deterministic wobble in [-1, 1], so the series does not look machine-made. */
const wobble = (i: number): number => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 4.1414) * 0.5;
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function monthly(start: string, asOf: string): Observation[] {
  const out: Observation[] = [];
  for (let k = 0; k <= MONTHS; k += 1) {
    const day = k === 0 ? addDays(start, -7) : addMonths(start, k);
    if (day > asOf) break;
    const altValue = k === 36 ? 58 : Math.round(24 + 6 * wobble(k));
    out.push(
      ...panel(ID, k, day, {
        alt: altValue,
        ast: Math.round(26 + 5 * wobble(k + 7)),
        bili: round(0.6 + 0.2 * wobble(k + 3), 1),
        anc: round(3.6 + 0.8 * wobble(k + 11), 1),
      }),
      directBili(ID, k, day, round(0.15 + 0.05 * wobble(k + 5), 2)),
      alp(ID, k, day, Math.round(85 + 12 * wobble(k + 13))),
      ggt(ID, k, day, Math.round(30 + 8 * wobble(k + 17))),
      wbc(ID, k, day, round(6.4 + 1.0 * wobble(k + 19), 1)),
      neutPct(ID, k, day, Math.round(58 + 5 * wobble(k + 23))),
      egfr(ID, k, day, Math.round(96 - (k * 14) / MONTHS + 3 * wobble(k + 29))),
      fvc(ID, k, day, Math.round(98 - (k * 34) / MONTHS + 2 * wobble(k + 31))),
    );
  }
  return out;
}

function weekly(start: string, asOf: string): Observation[] {
  const out: Observation[] = [];
  for (let w = 0; ; w += 1) {
    const day = addDays(start, 7 * w);
    if (day > asOf) break;
    const kg = round(82 - (w * 10) / 522 + 0.4 * wobble(w), 1);
    out.push(
      weight(ID, w + 1, day, kg),
      bmi(ID, w + 1, day, round(kg / (HEIGHT_M * HEIGHT_M), 1)),
      temperature(ID, w + 1, day, round(36.7 + 0.25 * wobble(w + 41), 1)),
    );
  }
  return out;
}

/** Yearly orders: completed ones for years 1–9, the current one open-ended. */
function orders(start: string): Resource[] {
  const out: Resource[] = [];
  for (let y = 0; y < 10; y += 1) {
    const from = addMonths(start, 12 * y);
    const last = y === 9;
    out.push(
      riluzoleRequest(ID, y + 1, {
        start: from,
        ...(last ? {} : { end: addDays(addMonths(start, 12 * (y + 1)), -1) }),
        status: last ? 'active' : 'completed',
        authoredOn: addDays(from, -2),
      }),
    );
  }
  return out;
}

export const tenYearHistory: ClinicalCase = {
  id: ID,
  title: 'On riluzole for 10 years, monthly labs (several thousand results)',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -MONTHS);
    return {
      resources: bundle(
        patient(ID, { name: 'William Harrington', birthDate: '1957-03-30', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 3900, noWeight: true, noFvc: true }),
        orders(start),
        monthly(start, asOf),
        weekly(start, asOf),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        dailyDoseMg: 100,
        eligibility: 'eligible',
        monitoring: 'up-to-date',
        nextDue: addMonths(start, MONTHS + 6),
        absent: [
          'monitoring.due',
          'monitoring.overdue',
          'supportive.weight-loss',
          'supportive.weight-overdue',
          'supportive.fvc-overdue',
          'supportive.fvc-low',
          'liver.transaminase-above-uln',
          'blood.neutropenia',
        ],
        absentDataNotes: ['data.new-course-assumed'],
        schedule: [
          { due: start, state: 'done' },
          { due: addMonths(start, 12), state: 'done' },
          { due: addMonths(start, 114), state: 'done' },
          { due: addMonths(start, MONTHS), state: 'done' },
          { due: addMonths(start, MONTHS + 6), state: 'upcoming' },
        ],
      },
    };
  },
};
