import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { createQueryClient } from '../../src/app/query-client';
import type { FhirGateway } from '../../src/fhir/queries/fhir-gateway';
import { DEFAULT_QUERY_POLICY } from '../../src/fhir/queries/query-policy';
import { CASE_AS_OF } from '../cases/case';
import { ALL_CASES } from '../cases/index';
import { fhirServer } from './support/fhir-server';
import { testGateway } from './support/gateway';
import { FAST_RETRY } from './support/render-reads';
import { server } from './support/server';
import { staticFile } from './support/static-files';

const eligible = ALL_CASES.find((c) => c.id === 'eligible-baseline-normal');
if (!eligible) throw new Error('case eligible-baseline-normal is missing');

function renderApp(gateway: FhirGateway) {
  return render(
    <AppProviders client={createQueryClient()}>
      <App gateway={gateway} queryPolicy={DEFAULT_QUERY_POLICY} retry={FAST_RETRY} asOf={CASE_AS_OF} />
    </AppProviders>,
  );
}

// The first render of a file also loads the FHIR engine and the UCUM tables: allow for a busy machine.
describe('the app after a launch', { timeout: 30_000 }, () => {
  it('shows the patient banner and the patient\'s data for a case', async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    server.use(staticFile('clinic-settings.json'), await fhirServer(resources));
    renderApp(testGateway(eligible.id));
    const banner = await screen.findByRole('banner', { name: 'Patient' });
    await waitFor(() => expect(banner).toHaveTextContent('Margaret Ellison'));
    expect(banner).toHaveTextContent('1964-03-12');
    expect(banner).toHaveTextContent('female');
    expect(banner).toHaveTextContent(eligible.id);
    const labs = await screen.findByRole('table', { name: 'Lab results' });
    await waitFor(() => expect(within(labs).getAllByRole('row').length).toBeGreaterThan(3));
    expect(within(labs).getAllByText('ALT').length).toBeGreaterThan(0);
    expect(screen.getByRole('list', { name: 'Conditions' })).toHaveTextContent(/amyotrophic/i);
    const reads = screen.getByRole('list', { name: 'FHIR reads' });
    await waitFor(() => expect(within(reads).queryByText('loading')).toBeNull());
    expect(within(reads).getAllByText('done').length).toBeGreaterThan(5);
  });

  it('hides the banner when the EHR says need_patient_banner is false', async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    server.use(staticFile('clinic-settings.json'), await fhirServer(resources));
    renderApp(testGateway(eligible.id, undefined, { need_patient_banner: false }));
    await screen.findByRole('table', { name: 'Lab results' });
    expect(screen.queryByRole('banner', { name: 'Patient' })).toBeNull();
  });

  it('names the data the EHR refused and lets a failed read be retried', async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    let fail = true;
    server.use(
      staticFile('clinic-settings.json'),
      await fhirServer(resources, {
        override: (u) => (u.startsWith('Condition?') && fail ? new Response(null, { status: 502 }) : undefined),
      }),
    );
    renderApp(testGateway(eligible.id, 'launch openid patient/Patient.rs patient/Observation.rs patient/Condition.rs'));
    const reads = await screen.findByRole('list', { name: 'FHIR reads' });
    expect(await within(reads).findByText(/The EHR did not grant access to medication orders\./)).toBeInTheDocument();
    const retry = await within(reads).findByRole('button', { name: 'Retry Conditions' });
    fail = false;
    await userEvent.click(retry);
    await waitFor(() => expect(within(reads).queryByRole('button', { name: 'Retry Conditions' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('list', { name: 'Conditions' })).toHaveTextContent(/amyotrophic/i));
  });

  it('says so when the clinic settings file is invalid', async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    server.use(staticFile('clinic-settings.json', { baselineDays: 'soon' }), await fhirServer(resources));
    renderApp(testGateway(eligible.id));
    expect(await screen.findByText(/The clinic settings file is invalid/)).toBeInTheDocument();
  });

  it('shows the session expired message when the EHR answers 401', async () => {
    server.use(
      staticFile('clinic-settings.json'),
      await fhirServer([], { override: () => HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 401 }) }),
    );
    renderApp(testGateway(eligible.id));
    expect((await screen.findAllByText('Your session has expired: relaunch Riluzole Monitor from the EHR.')).length).toBeGreaterThan(0);
  });
});
