/**
 * launch.html: the SMART launch_uri. Reads smart-config.json at run time (one build serves many
 * EHRs), picks the entry for the launch's `iss`, and hands over to fhirclient's authorize().
 * Nothing else runs here, so the redirect to the EHR is as fast as the config fetch.
 */
import { authorize } from './smart/fhirclient';
import { decideLaunch, newStateKey, SmartConfigError, toAuthorizeOptions } from './smart/launch-config';
import { fetchSmartConfig } from './smart/load-config';
import { launchFailureText, type LaunchFailure } from './smart/launch-errors';
import './app/error-pages/plain-page.css';

/** Plain DOM (no React on this page); textContent so an `iss` in the URL cannot inject markup. */
function showFailure(failure: LaunchFailure): void {
  const { title, detail } = launchFailureText(failure);
  const main = document.getElementById('launch') ?? document.body;
  const heading = document.createElement('h1');
  heading.textContent = 'Riluzole Monitor';
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = title;
  main.replaceChildren(heading, message);
  if (detail) {
    const more = document.createElement('p');
    more.textContent = detail;
    main.append(more);
  }
  document.title = 'Riluzole Monitor: cannot launch';
}

/** URL parameters through which fhirclient would let the URL override the registered config. */
const OVERRIDE_PARAMS = ['fhirServiceUrl', 'clientId', 'patientId'];

async function launch(): Promise<void> {
  const entries = await fetchSmartConfig();
  const decision = decideLaunch(entries, window.location.search);
  if (decision.kind === 'no-issuer') return showFailure({ kind: 'no-launch' });
  if (decision.kind === 'unknown-issuer') return showFailure({ kind: 'unknown-issuer', iss: decision.iss });

  const url = new URL(window.location.href);
  if (OVERRIDE_PARAMS.some((p) => url.searchParams.has(p))) {
    OVERRIDE_PARAMS.forEach((p) => url.searchParams.delete(p));
    window.history.replaceState(null, '', url.href);
  }
  const stateKey = newStateKey((bytes) => crypto.getRandomValues(bytes));
  await authorize(toAuthorizeOptions(entries, stateKey, decision.standalone), decision.entry.fullSessionStorageSupport);
}

launch().catch((error: unknown) => {
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  showFailure(error instanceof SmartConfigError ? { kind: 'config', detail } : { kind: 'failed', detail });
});
