/**
 * Riluzole appears only in records that must not set the treatment status: an entered-in-error order,
 * a cancelled order, a draft, and an active order whose intent is "plan".
 * Spec §1: "Records with status cancelled, entered-in-error, draft or not-taken are ignored; records
 * ... whose intent is plan or proposal, do not set the status (note data.future-or-planned-order)".
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'riluzole-records-ignored';

export const riluzoleRecordsIgnored: ClinicalCase = {
  id: ID,
  title: 'Riluzole only in erroneous, cancelled, draft or planned orders: never on it',
  sandbox: false,
  build(asOf) {
    const start = daysBefore(asOf, 60);
    return {
      resources: bundle(
        patient(ID, { name: 'Barbara Nolan', birthDate: '1964-06-08', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start, status: 'entered-in-error' }),
        riluzoleRequest(ID, 2, { start, status: 'cancelled' }),
        riluzoleRequest(ID, 3, { start, status: 'draft' }),
        riluzoleRequest(ID, 4, { start, intent: 'plan' }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        treatment: 'never',
        monitoring: 'not-applicable',
        eligibility: 'eligible',
        dataNotes: ['data.future-or-planned-order'],
      },
    };
  },
};
