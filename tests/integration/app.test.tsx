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
import { lazyPanelsSettled } from './support/lazy-panels';
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
  it("shows the patient banner and the patient's data for a case", async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    server.use(staticFile('clinic-settings.json'), await fhirServer(resources));
    renderApp(testGateway(eligible.id));
    const banner = await screen.findByRole('banner', { name: 'Patient' });
    await waitFor(() => expect(banner).toHaveTextContent('Margaret Ellison'));
    expect(banner).toHaveTextContent('12 Mar 1964 (age 62)');
    expect(banner).toHaveTextContent('female');
    expect(banner).toHaveTextContent(eligible.id);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Riluzole Monitor' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await lazyPanelsSettled(); // the records are a panel below the first answer
    const records = within(main).getByRole('region', { name: 'Records read from the EHR' });
    const labs = within(records).getByRole('table', { name: 'Lab results', hidden: true });
    await waitFor(() => expect(within(labs).getAllByRole('row', { hidden: true }).length).toBeGreaterThan(3));
    expect(within(labs).getAllByText('ALT').length).toBeGreaterThan(0);
    // Values with their units and dates, as read.
    expect(within(labs).getAllByText(/\d+\sU\/L/).length).toBeGreaterThan(0);
    expect(within(labs).getAllByText(/\d{1,2} [A-Z][a-z]{2} \d{4}/).length).toBeGreaterThan(0);
    const conditions = within(records).getByRole('list', { name: 'Conditions', hidden: true });
    expect(conditions).toHaveTextContent(/amyotrophic/i);
    expect(conditions).toHaveTextContent(/onset \d{1,2} [A-Z][a-z]{2} \d{4}/);
    const reads = screen.getByRole('list', { name: 'FHIR reads' });
    await waitFor(() => expect(within(reads).queryByText(/^Loading/)).toBeNull());
    expect(within(reads).getAllByText(/^Done:/).length).toBeGreaterThan(5);
    await waitFor(() => expect(screen.getByTestId('riluzole-screen')).toHaveAttribute('data-complete', 'true'));
  });

  it('hides the banner when the EHR says need_patient_banner is false, but still names the patient', async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    server.use(staticFile('clinic-settings.json'), await fhirServer(resources));
    renderApp(testGateway(eligible.id, undefined, { need_patient_banner: false }));
    await screen.findByRole('region', { name: 'Records read from the EHR' });
    expect(screen.queryByRole('banner', { name: 'Patient' })).toBeNull();
    const whose = screen.getByTestId('whose-data');
    await waitFor(() => expect(whose).toHaveTextContent('Margaret Ellison'));
    expect(whose).toHaveTextContent('born 12 Mar 1964');
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
    expect(
      await within(reads).findByText(/The EHR did not grant access to medication orders/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // Asked of the list on screen each time: the panels re-mount when the assessment arrives.
    await waitFor(
      () => within(screen.getByRole('list', { name: 'FHIR reads' })).getByRole('button', { name: 'Retry: Conditions' }),
      { timeout: 10_000 },
    );
    // Wait for the settled screen: the panels re-mount when the assessment arrives.
    await waitFor(() => expect(screen.getByTestId('riluzole-screen')).toHaveAttribute('data-complete', 'true'));
    const retry = within(screen.getByRole('list', { name: 'FHIR reads' })).getByRole('button', {
      name: 'Retry: Conditions',
    });
    const records = screen.getByRole('region', { name: 'Records read from the EHR' });
    // A failed read is never "none": the group says it could not be read.
    expect(within(records).getByText(/Conditions.*could not be read/)).toBeInTheDocument();
    expect(within(records).queryByText(/No conditions on record/)).toBeNull();
    fail = false;
    await userEvent.click(retry);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'FHIR reads' })).queryByRole('button', { name: 'Retry: Conditions' }),
      ).toBeNull(),
    );
    // Queried again: while the retried read loads, the screen re-renders without an assessment.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Records read from the EHR' })).toHaveTextContent(
        /Conditions \(1\).*amyotrophic/i,
      ),
    );
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
      await fhirServer([], {
        override: () => HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 401 }),
      }),
    );
    renderApp(testGateway(eligible.id));
    expect(
      (await screen.findAllByText('Your session has expired: relaunch Riluzole Monitor from the EHR.')).length,
    ).toBeGreaterThan(0);
  });

  it('shows no assessment once the session has expired, only what to do', async () => {
    const { resources } = eligible.build(CASE_AS_OF);
    // Labs answer; everything else meets the expired token.
    server.use(
      staticFile('clinic-settings.json'),
      await fhirServer(resources, {
        override: (u) =>
          u.startsWith('Observation?')
            ? undefined
            : HttpResponse.json({ resourceType: 'OperationOutcome', issue: [] }, { status: 401 }),
      }),
    );
    renderApp(testGateway(eligible.id));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('Your session has expired'));
    expect(alert).toHaveTextContent('Nothing is assessed until then');
    expect(screen.queryByTestId('riluzole-screen')).toBeNull();
    expect(screen.queryByText(/No riluzole recorded|No baseline ALT|Eligible/)).toBeNull();
    // The Patient read met the expiry too: the banner says so and keeps the launch's patient id.
    expect(screen.getByRole('banner', { name: 'Patient' })).toHaveTextContent(
      `Patient details could not be readPatient id ${eligible.id}`,
    );
  });
});
