import type { ViteDevServer } from 'vite';
import { createCaseSource, type SandboxCase } from './case-source';
import { loadMedplum } from './medplum';
import { createSandboxMiddleware } from './middleware';
import { createAuthServer } from './smart-auth';

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
  };
  server.middlewares.use(createSandboxMiddleware(createAuthServer(), cases));
  // Index the FHIR definitions (about 1 s) while the person opens the browser; a failure
  // surfaces again, with its message, on the first FHIR request.
  loadMedplum().catch(() => undefined);
}
