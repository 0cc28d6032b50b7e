import type { ViteDevServer } from 'vite';
import { createCaseSource, type SandboxCase } from './case-source';
import { loadMedplum } from './medplum';
import { createSandboxMiddleware } from './middleware';
import { createAuthServer } from './smart-auth';
import { join } from 'node:path';
import { createSandboxBulk } from './bulk/sandbox-bulk';
import { SANDBOX_BACKEND_CLIENT_ID } from './bulk/demo-keys';
import { originOf, sendHtml } from './http';
import { errorPage } from './pages/layout';
import { createSandboxWorklist } from './worklist/sandbox-worklist';

/** tests/cases is the one source of truth for patients: loaded through Vite so edits show at once. */
async function loadCases(server: ViteDevServer, module: string): Promise<readonly SandboxCase[]> {
  const mod = await server.ssrLoadModule(module);
  const all: unknown = mod.ALL_CASES;
  if (!Array.isArray(all)) throw new Error(`${module} does not export ALL_CASES.`);
  return all as SandboxCase[];
}

/** Mount the sandbox EHR (patient list, SMART authorization server, FHIR server) on a dev server. */
export function installSandbox(server: ViteDevServer, casesModule: string): void {
  const cases = createCaseSource(() => loadCases(server, casesModule));
  server.watcher.on('change', (file) => {
    if (file.replaceAll('\\', '/').includes('/tests/cases/')) cases.invalidate();
  });
  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls();
    const base = server.resolvedUrls?.local[0];
    if (base) console.log(`  Sandbox EHR: ${new URL('/sandbox/', base).href}`);
    if (base) console.log(`  Clinic worklist: ${new URL('/worklist/', base).href} (sign in as the sandbox nurse)`);
    void bulk.then((b) =>
      console.log(`  Bulk Data: Group als-clinic, client ${SANDBOX_BACKEND_CLIENT_ID}, key ${b.keys.privateKeyPath}`),
    );
  };
  // The demo backend key pair lives in data/sandbox (git-ignored), made at first start.
  const bulk = createSandboxBulk(cases, join(server.config.root, 'data', 'sandbox'));
  bulk.catch((error: unknown) => console.error(`Sandbox Bulk Data is off: ${String(error)}`));
  const worklist = createSandboxWorklist({ root: server.config.root, bulk });
  server.middlewares.use((req, res, next) => {
    const origin = originOf(req);
    worklist.handle(req, res, origin, new URL(req.url ?? '/', origin).pathname).then(
      (done) => (done ? undefined : next()),
      (error: unknown) => {
        if (!res.headersSent)
          sendHtml(res, 500, errorPage('Worklist error', error instanceof Error ? error.message : ''));
        else res.end();
      },
    );
  });
  // Start the worklist (and its first export, when its database has none) as soon as the port is known.
  server.httpServer?.once('listening', () => {
    const address = server.httpServer?.address();
    if (address && typeof address === 'object' && address.address === '127.0.0.1') {
      worklist.warm(`http://127.0.0.1:${address.port}`);
    }
  });
  server.httpServer?.once('close', () => worklist.close());
  server.middlewares.use(createSandboxMiddleware(createAuthServer(), cases, bulk));
  // Index the FHIR definitions (about 1 s) while the person opens the browser; a failure
  // surfaces again, with its message, on the first FHIR request.
  loadMedplum().catch(() => undefined);
}
