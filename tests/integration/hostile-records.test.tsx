/**
 * Issue 8 in the app (jsdom, msw over the sandbox's FHIR engine, the real UCUM library): the
 * "blank" patient of the issue (ALT 212 U/L, 5.3× ULN, plus an old ALT whose comparator is
 * "valueOf") shows its stop finding; records with a spaced unit or a date with trailing text
 * neither print to the console nor hide the stop.
 */
import type { Observation, Resource } from '@medplum/fhirtypes';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { DEFAULT_QUERY_POLICY } from '../../src/fhir/queries/query-policy';
import { CASE_AS_OF } from '../cases/case';
import { ALL_CASES } from '../cases/index';
import { daysBefore } from '../cases/dates';
import { fhirServer } from './support/fhir-server';
import { testGateway } from './support/gateway';
import { FAST_RETRY } from './support/render-reads';
import { server } from './support/server';
import { staticFile } from './support/static-files';

const stop = ALL_CASES.find((c) => c.id === 'alt-stop-on-treatment');
if (!stop) throw new Error('case alt-stop-on-treatment is missing');
const PATIENT = stop.id;

const alt = (id: string, over: Partial<Observation>): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  category: [
    { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
  ],
  code: { coding: [{ system: 'http://loinc.org', code: '1742-6', display: 'ALT' }] },
  subject: { reference: `Patient/${PATIENT}` },
  effectiveDateTime: `${daysBefore(CASE_AS_OF, 1)}T08:00:00Z`,
  valueQuantity: { value: 20, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' },
  ...over,
});

/** Hostile ALTs: an old "valueOf" comparator, and two newer normal-looking ones that must not count. */
const HOSTILE: readonly Observation[] = [
  alt('alt-valueof', {
    effectiveDateTime: '2019-03-04T08:00:00Z',
    valueQuantity: { value: 30, comparator: 'valueOf' as '<', unit: 'U/L' },
  }),
  alt('alt-spaced-unit', {
    valueQuantity: { value: 20, unit: 'U L', code: 'U L', system: 'http://unitsofmeasure.org' },
  }),
  alt('alt-garbage-date', { effectiveDateTime: `${daysBefore(CASE_AS_OF, 1)}garbage` }),
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hostile records in the app (issue 8)', { timeout: 30_000 }, () => {
  it('shows the stop finding, and nothing reaches the console', async () => {
    const printed = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const { resources } = stop.build(CASE_AS_OF);
    server.use(staticFile('clinic-settings.json'), await fhirServer([...(resources as Resource[]), ...HOSTILE]));
    render(
      <AppProviders client={createQueryClient()}>
        <App gateway={testGateway(PATIENT)} queryPolicy={DEFAULT_QUERY_POLICY} retry={FAST_RETRY} asOf={CASE_AS_OF} />
      </AppProviders>,
    );
    const line = await screen.findByTestId('first-data', {}, { timeout: 15_000 });
    await vi.waitFor(() => expect(line).toHaveTextContent('Action needed'), { timeout: 15_000 });
    expect(line).toHaveTextContent('ALT 212 U/L (5.3× ULN)');
    expect(screen.getByRole('region', { name: 'Liver-test monitoring' })).toHaveTextContent('Stop recommended');
    const calls = printed.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' ')));
    expect(calls.filter((text) => /U L|Blank spaces|unit string/.test(text))).toEqual([]);
  });
});
