/** Every read of the page, declared once with its key (TanStack Query); reviews invalidate both lists. */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getPatient, getRows, getSession } from './api';

export const worklistKeys = {
  all: ['worklist'] as const,
  session: ['worklist', 'session'] as const,
  rows: ['worklist', 'rows'] as const,
  patient: (id: string) => ['worklist', 'patient', id] as const,
};

export const sessionQuery = queryOptions({ queryKey: worklistKeys.session, queryFn: getSession });

export const rowsQuery = queryOptions({ queryKey: worklistKeys.rows, queryFn: getRows });

export const patientQuery = (id: string) =>
  queryOptions({ queryKey: worklistKeys.patient(id), queryFn: () => getPatient(id) });

/** After a review: the list's order and states, and this patient's history, change. */
export async function refreshAfterReview(client: QueryClient, id: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: worklistKeys.rows }),
    client.invalidateQueries({ queryKey: worklistKeys.patient(id) }),
  ]);
}
