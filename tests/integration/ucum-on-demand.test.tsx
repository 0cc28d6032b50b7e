/**
 * The UCUM tables (about 60 kB gzipped) load only when the spec §3 table cannot convert a unit of
 * the patient's records, and the assessment then waits for them: a result in a unit only UCUM
 * knows must never be dropped as unreadable while an older result answers in its place.
 */
import type { Observation, Resource } from '@medplum/fhirtypes';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import { ucumQueryOptions } from '../../src/app/ucum-query';
import { DEFAULT_QUERY_POLICY } from '../../src/fhir/queries/query-policy';
import { CASE_AS_OF } from '../cases/case';
import { ALL_CASES } from '../cases/index';
import { fhirServer } from './support/fhir-server';
import { testGateway } from './support/gateway';
import { FAST_RETRY } from './support/render-reads';
import { lazyPanelsSettled } from './support/lazy-panels';
import { server } from './support/server';
import { staticFile } from './support/static-files';

const eligible = ALL_CASES.find((c) => c.id === 'eligible-baseline-normal');
if (!eligible) throw new Error('case eligible-baseline-normal is missing');
const UCUM_KEY = ucumQueryOptions().queryKey;

const isAlt = (r: Resource): r is Observation =>
  r.resourceType === 'Observation' && (r.code?.coding ?? []).some((c) => c.code === '1742-6');

/** The same case with every ALT in mU/mL: numerically U/L, but only UCUM knows the spelling. */
function withUcumOnlyAltUnit(resources: readonly Resource[]): Resource[] {
  return resources.map((r) =>
    isAlt(r) && r.valueQuantity
      ? {
          ...r,
          valueQuantity: { ...r.valueQuantity, unit: 'mU/mL', code: 'mU/mL', system: 'http://unitsofmeasure.org' },
          referenceRange: (r.referenceRange ?? []).map((rr) => ({
            ...rr,
            ...(rr.high ? { high: { ...rr.high, unit: 'mU/mL', code: 'mU/mL' } } : {}),
            ...(rr.low ? { low: { ...rr.low, unit: 'mU/mL', code: 'mU/mL' } } : {}),
          })),
        }
      : r,
  );
}

async function launch(resources: readonly Resource[]) {
  server.use(staticFile('clinic-settings.json'), await fhirServer(resources));
  const client = createQueryClient();
  render(
    <AppProviders client={client}>
      <App
        gateway={testGateway(eligible?.id ?? '')}
        queryPolicy={DEFAULT_QUERY_POLICY}
        retry={FAST_RETRY}
        asOf={CASE_AS_OF}
      />
    </AppProviders>,
  );
  await waitFor(() => expect(screen.getByTestId('riluzole-screen')).toHaveAttribute('data-complete', 'true'), {
    timeout: 15_000,
  });
  return { client, summary: (await screen.findByTestId('first-data')).textContent ?? '' };
}

describe('UCUM on demand', { timeout: 30_000 }, () => {
  it('never loads the UCUM tables when the spec table converts every unit', async () => {
    const { client, summary } = await launch(eligible.build(CASE_AS_OF).resources);
    // The query exists (its observer is disabled) but was never fetched.
    expect(client.getQueryState(UCUM_KEY)?.dataUpdatedAt ?? 0).toBe(0);
    expect(client.getQueryState(UCUM_KEY)?.fetchStatus ?? 'idle').toBe('idle');
    expect(summary).toMatch(/eligible/i);
  });

  it('loads them for a unit only UCUM knows, and the ALT still counts', async () => {
    const resources = withUcumOnlyAltUnit(eligible.build(CASE_AS_OF).resources);
    expect(resources.filter(isAlt).length).toBeGreaterThan(0);
    const { client, summary } = await launch(resources);
    expect(client.getQueryState(UCUM_KEY)?.status).toBe('success');
    // The same reading as with U/L: no "baseline ALT missing", no unrecognised unit.
    expect(summary).toMatch(/eligible/i);
    expect(summary).not.toMatch(/baseline ALT/i);
    await lazyPanelsSettled(); // the data notes, which would name an unrecognised unit, load after the first answer
    expect(screen.queryByText(/mU\/mL" is not recognised/)).toBeNull();
  });
});
