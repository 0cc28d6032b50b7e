/**
 * The React half of index.html, loaded with import() by main.tsx so that the launch and the FHIR
 * reads do not wait for React, the panels and the charts to load.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import type { FhirGateway } from '../fhir/queries/fhir-gateway';
import type { QueryPolicy } from '../fhir/queries/query-policy';
import type { LaunchFailure } from '../smart/launch-errors';
import { App } from './app';
import { LaunchErrorPage } from './error-pages/launch-error-page';
import { AppProviders } from './providers';

export function createAppRoot(container: HTMLElement): Root {
  return createRoot(container, {
    // React logs caught render errors with their message by default; a message may quote PHI.
    onCaughtError: (error) =>
      console.error(`Riluzole Monitor: display error (${error instanceof Error ? error.name : 'unknown'})`),
  });
}

export function renderApp(root: Root, client: QueryClient, gateway: FhirGateway, queryPolicy: QueryPolicy): void {
  root.render(
    <AppProviders client={client}>
      <App gateway={gateway} queryPolicy={queryPolicy} />
    </AppProviders>,
  );
}

export function renderLaunchError(root: Root, failure: LaunchFailure): void {
  root.render(<LaunchErrorPage failure={failure} />);
}
