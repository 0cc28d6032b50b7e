import { render, screen, within } from '@testing-library/react';
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

/** The eligible case on an EHR that answers every request starting with `prefix` with `status`. */
async function renderWithFailing(prefix: string, status: number): Promise<{ attempts: () => number }> {
  let attempts = 0;
  const { resources } = eligible!.build(CASE_AS_OF);
  server.use(
    staticFile('clinic-settings.json'),
    await fhirServer(resources, {
      override: (u) => {
        if (!u.startsWith(prefix)) return undefined;
        attempts++;
        return HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] },
          { status },
        );
      },
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
  return { attempts: () => attempts };
}

// Missing data is never good news: a read that failed must not read as "none recorded".
describe('failed reads in the assessment', { timeout: 30_000 }, () => {
  it('says conditions could not be read, not that no ALS diagnosis is recorded, after a 500', async () => {
    const { attempts } = await renderWithFailing('Condition?', 500);
    expect(
      (await screen.findAllByText(/Conditions could not be read/, {}, { timeout: 10_000 })).length,
    ).toBeGreaterThan(0);
    expect(attempts()).toBe(3);
    await lazyPanelsSettled();
    expect(screen.queryAllByText(/No ALS diagnosis recorded/)).toHaveLength(0);
    expect(screen.queryAllByText(/Eligible to start riluzole/)).toHaveLength(0);
  });

  it('does not call the patient eligible when the EHR refuses allergies (403)', async () => {
    await renderWithFailing('AllergyIntolerance?', 403);
    expect((await screen.findAllByText(/Allergies could not be read/, {}, { timeout: 10_000 })).length).toBeGreaterThan(
      0,
    );
    expect((await screen.findAllByText(/Insufficient data/, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    await lazyPanelsSettled();
    expect(screen.queryAllByText(/Eligible to start riluzole/)).toHaveLength(0);
    expect(screen.queryAllByText(/^Eligible$/)).toHaveLength(0);
  });

  it('never judges a lagging list against finished reads (no passing "No baseline ALT" while the ALT is in)', async () => {
    // Every text the screen shows on the way, not only the final one: a wrong claim for a moment is
    // still a wrong claim a clinician may read.
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(document.body.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      await renderWithFailing('AllergyIntolerance?', 403);
      await screen.findAllByText(/Allergies could not be read/, {}, { timeout: 10_000 });
    } finally {
      observer.disconnect();
    }
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((text) => /No baseline ALT/.test(text))).toEqual([]);
  });

  // A 404 on a search means the EHR does not offer the resource type: noted as such in the data
  // notes (not as a failure), but its records were still not read.
  const notOffered = [
    {
      prefix: 'AllergyIntolerance?',
      readId: 'allergies',
      says: /Allergies could not be read/,
      noneSaid: /No allergies on record/,
    },
    {
      prefix: 'Condition?',
      readId: 'conditions',
      says: /Conditions could not be read/,
      noneSaid: /No conditions on record/,
    },
    {
      prefix: 'MedicationRequest?',
      readId: 'medication-requests',
      says: /Medications could not be read/,
      noneSaid: /No riluzole order or statement on record/,
    },
    {
      prefix: 'Observation?',
      readId: 'labs-category',
      says: /Lab results( and [a-z ,-]+)? could not be read/,
      noneSaid: /No (ALT|AST|total bilirubin) in this window on record/,
    },
  ];
  for (const { prefix, readId, says, noneSaid } of notOffered) {
    it(`says the records could not be read, not "none recorded", when the EHR answers ${prefix} with 404`, async () => {
      const { attempts } = await renderWithFailing(prefix, 404);
      expect((await screen.findAllByText(says, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
      expect((await screen.findAllByText(/Insufficient data/, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
      await lazyPanelsSettled(); // the panels below the first answer, the records and data notes among them
      expect(screen.queryAllByText(/Eligible to start riluzole/)).toHaveLength(0);
      expect(screen.queryAllByText(/^Eligible$/)).toHaveLength(0);
      if (prefix === 'Condition?') expect(screen.queryAllByText(/No ALS diagnosis recorded/)).toHaveLength(0);
      // The panels say so too: never "No allergies on record" for records that were never read.
      expect(screen.queryAllByText(noneSaid).map((e) => e.textContent)).toEqual([]);
      // A 404 is an answer, not a failure: not retried, and noted as "not supported", not as an error.
      expect(attempts()).toBe(document.querySelectorAll('[data-status="not-supported"]').length);
      const row = document.querySelector<HTMLElement>(`[data-read="${readId}"]`);
      expect(row).not.toBeNull();
      expect(row).toHaveAttribute('data-status', 'not-supported');
      expect(within(row!).getByText('Not supported by this EHR').closest('.rm-badge')).toHaveClass('rm-tone-info');
      expect(within(row!).queryByRole('button', { name: /Retry/ })).toBeNull();
      expect(within(row!).queryByText(/Failed/)).toBeNull();
    });
  }

  it('still calls the patient eligible when only MedicationStatement is missing (404) and orders were read', async () => {
    await renderWithFailing('MedicationStatement?', 404);
    expect((await screen.findAllByText(/Eligible to start riluzole/, {}, { timeout: 10_000 })).length).toBeGreaterThan(
      0,
    );
    await lazyPanelsSettled();
    expect(screen.queryAllByText(/(Conditions|Allergies|Lab results|Medications) could not be read/)).toHaveLength(0);
    expect(document.querySelector('[data-read="medication-statements"]')).toHaveAttribute(
      'data-status',
      'not-supported',
    );
    expect(screen.getAllByText('Not supported by this EHR').length).toBeGreaterThan(0);
  });

  it('calls the same patient eligible when every read succeeds (the control)', async () => {
    await renderWithFailing('NothingFails?', 500);
    expect((await screen.findAllByText(/Eligible to start riluzole/, {}, { timeout: 10_000 })).length).toBeGreaterThan(
      0,
    );
    await lazyPanelsSettled();
    expect(screen.queryAllByText(/(Conditions|Allergies|Lab results|Medications) could not be read/)).toHaveLength(0);
  });
});
