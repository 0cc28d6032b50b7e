import type { CaseSource } from '../case-source';
import { createBackendAuth, type BackendAuth } from './backend-token';
import { createBulkRoutes } from './bulk-routes';
import { demoKeys, SANDBOX_BACKEND_CLIENT_ID, type DemoKeys } from './demo-keys';

/** The sandbox's Bulk Data side: the registered backend client, its tokens and the export routes. */
export interface SandboxBulk {
  readonly keys: DemoKeys;
  readonly auth: BackendAuth;
  readonly routes: ReturnType<typeof createBulkRoutes>;
}

/**
 * @param keyDir - where the demo key pair is kept (made at first start; git-ignored `data/sandbox`)
 */
export async function createSandboxBulk(cases: CaseSource, keyDir: string): Promise<SandboxBulk> {
  const keys = await demoKeys(keyDir);
  const auth = createBackendAuth([{ clientId: SANDBOX_BACKEND_CLIENT_ID, jwks: keys.jwks }]);
  const routes = createBulkRoutes(auth, {
    patientIds: async () => (await cases.patients()).map((p) => p.id),
    storeFor: (patient) => cases.storeFor(patient),
  });
  return { keys, auth, routes };
}
