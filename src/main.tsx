/**
 * index.html, the SMART redirect_uri. `ready()` runs exactly once, here at module scope, before
 * React renders: a second call (StrictMode effects) would race a second code exchange and fail
 * with invalid_grant. The FHIR reads start as soon as the token is in, while React and the screen
 * load in parallel (import()). Failures become human pages; nothing about the token or patient is
 * logged.
 */
import { prefetchPatientReads } from './app/prefetch';
import { createQueryClient } from './app/query-client';
import { ready } from './smart/fhirclient';
import { findEntry, type SmartConfigEntry } from './smart/launch-config';
import { classifyReadyError, LAUNCH_TEXT, type LaunchFailure } from './smart/launch-errors';
import { fetchSmartConfig } from './smart/load-config';
import type { FhirGateway } from './fhir/queries/fhir-gateway';
import './app/error-pages/plain-page.css';

// Read before ready(): fhirclient rewrites the URL (drops `code`) once it has used it.
const launchSearch = window.location.search;
const gatewayPromise = ready();
const configPromise = fetchSmartConfig();
const reactPromise = import('./app/render');
// Awaited in start(); marked handled now so that a failed load is not also an unhandled rejection
// (whose report would carry the error's message) while the launch is still in flight.
reactPromise.catch(() => undefined);

type Launch = { readonly gateway: FhirGateway; readonly entry: SmartConfigEntry } | { readonly failure: LaunchFailure };

async function connect(): Promise<Launch> {
  let gateway: FhirGateway;
  try {
    gateway = await gatewayPromise;
  } catch (error) {
    return { failure: classifyReadyError(error, launchSearch) };
  }
  let entries: readonly SmartConfigEntry[];
  try {
    entries = await configPromise;
  } catch (error) {
    return { failure: { kind: 'config', detail: error instanceof Error ? error.message : String(error) } };
  }
  const entry = findEntry(entries, gateway.serverUrl) ?? findEntry(entries, `${gateway.serverUrl}/`);
  return entry ? { gateway, entry } : { failure: { kind: 'unknown-issuer', iss: gateway.serverUrl } };
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const launch = await connect();
  const client = createQueryClient();
  if ('gateway' in launch) prefetchPatientReads(client, launch.gateway, launch.entry.query);
  const { createAppRoot, renderApp, renderLaunchError } = await reactPromise;
  const root = createAppRoot(container);
  if ('failure' in launch) renderLaunchError(root, launch.failure);
  else renderApp(root, client, launch.gateway, launch.entry.query);
}

/**
 * Plain DOM: React (or the app module) may be what failed. No error text on the page or in the
 * console beyond the error's name: a message may quote a URL or a server answer.
 */
function showStartFailure(error: unknown): void {
  console.error(`Riluzole Monitor: could not start (${error instanceof Error ? error.name : 'unknown'})`);
  const container = document.getElementById('root') ?? document.body;
  const heading = document.createElement('h1');
  heading.textContent = 'Riluzole Monitor';
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent =
    `${LAUNCH_TEXT.failed} Reload the page or relaunch it from the EHR; if this ` +
    `keeps happening, contact your IT support.`;
  const page = document.createElement('main');
  page.className = 'rm-launch-error';
  page.append(heading, message);
  container.replaceChildren(page);
  document.title = 'Riluzole Monitor: could not start';
}

start().catch(showStartFailure);
