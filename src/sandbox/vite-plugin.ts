import type { Plugin } from 'vite';

const CASES_MODULE = '/tests/cases/index.ts';

export interface SandboxPluginOptions {
  /** The module exporting `ALL_CASES` (default /tests/cases/index.ts). */
  readonly casesModule?: string;
}

/**
 * The built-in sandbox EHR for `npm start`: a patient list at /sandbox/, a SMART authorization
 * server and a FHIR R4 server over the case files. Dev server only; `vite build` ignores it.
 * The sandbox itself is loaded through Vite (ssrLoadModule), so this file, which vite.config.ts
 * imports, has no relative imports for Node's own loader to trip over.
 */
export function sandboxPlugin(options: SandboxPluginOptions = {}): Plugin {
  return {
    name: 'riluzole-sandbox',
    apply: 'serve',
    async configureServer(server) {
      const mod = await server.ssrLoadModule('/src/sandbox/install.ts');
      const install: unknown = mod.installSandbox;
      if (typeof install !== 'function') throw new Error('src/sandbox/install.ts does not export installSandbox.');
      install(server, options.casesModule ?? CASES_MODULE);
    },
  };
}
