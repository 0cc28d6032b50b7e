/**
 * Which read feeds which data is one table (docs/clinical-spec.md §2.1), and a failed status read
 * has the consequence principle 6 gives it: the app through msw, with one read failing.
 */
import { render, screen, within } from '@testing-library/react';
import type { Resource } from '@medplum/fhirtypes';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
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

const WEIGHT_LOINC = '29463-7';
const isWeight = (r: Resource): boolean =>
  r.resourceType === 'Observation' && (r.code?.coding ?? []).some((c) => c.code === WEIGHT_LOINC);

/** The eligible ALS patient (female), without any weight, on an EHR that fails the matching searches. */
async function renderFailing(fails: (relativeUrl: string) => boolean): Promise<void> {
  const resources = eligible!.build(CASE_AS_OF).resources.filter((r) => !isWeight(r));
  server.use(
    staticFile('clinic-settings.json'),
    await fhirServer(resources, {
      override: (u) =>
        fails(u)
          ? HttpResponse.json(
              { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] },
              { status: 500 },
            )
          : undefined,
    }),
  );
  render(
    <AppProviders client={createQueryClient()}>
      <App
        gateway={testGateway(eligible!.id)}
        queryPolicy={DEFAULT_QUERY_POLICY}
        retry={FAST_RETRY}
        asOf={CASE_AS_OF}
      />
    </AppProviders>,
  );
}

const smokingSearch = (u: string): boolean => u.startsWith('Observation?') && u.includes('72166-2');
const pregnancySearch = (u: string): boolean => u.startsWith('Observation?') && u.includes('82810-3');
const vitalSignsSearch = (u: string): boolean => u.startsWith('Observation?') && u.includes('category=vital-signs');
const panel = (name: string): HTMLElement => screen.getByRole('region', { name });
/** The panels below the first answer (supportive care among them) load after it. */
const settledPanel = async (name: string): Promise<HTMLElement> => {
  await lazyPanelsSettled();
  return panel(name);
};

describe('reads and the data they feed', { timeout: 30_000 }, () => {
  it('says smoking could not be read, not weight, when only the smoking read fails', async () => {
    await renderFailing(smokingSearch);
    await screen.findAllByText(/Smoking status could not be read/, {}, { timeout: 10_000 });
    const supportive = await settledPanel('Supportive care');
    expect(supportive).not.toHaveTextContent(/Weight could not be read/);
    expect(supportive).toHaveTextContent(/No weight on record/);
    // Principle 6: smoking status unread is an info note only.
    expect((await screen.findAllByText(/Eligible to start riluzole/)).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/Eligible with caution/)).toHaveLength(0);
  });

  it('says weight could not be read when the vital-signs read fails', async () => {
    await renderFailing(vitalSignsSearch);
    await screen.findAllByText(/Vital signs could not be read/, {}, { timeout: 10_000 });
    expect(await settledPanel('Supportive care')).toHaveTextContent(/Weight could not be read/);
    expect(await settledPanel('Supportive care')).not.toHaveTextContent(/No weight on record/);
  });

  it('never says eligible when the pregnancy status read fails for a woman: caution, naming it', async () => {
    await renderFailing(pregnancySearch);
    await screen.findAllByText(/Pregnancy status and breast-feeding status could not be read/, {}, { timeout: 10_000 });
    const p = panel('Eligibility');
    expect(within(p).getAllByText(/Eligible with caution/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/Eligible to start riluzole/)).toHaveLength(0);
    expect(await settledPanel('Supportive care')).not.toHaveTextContent(/could not be read/);
  });
});
