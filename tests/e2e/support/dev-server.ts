import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { sandboxPlugin } from '../../../src/sandbox/vite-plugin';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface DevServer {
  readonly origin: string;
  readonly server: ViteDevServer;
  close(): Promise<void>;
}

/**
 * Starts the repo's Vite dev server (with the sandbox) on a free port of 127.0.0.1.
 * vite.config.ts leaves the sandbox out under Vitest (unit tests need no dev server), so it is
 * added here when Vitest runs us; `npm run bench` runs under tsx and gets it from the config.
 */
export async function startDevServer(): Promise<DevServer> {
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    clearScreen: false,
    plugins: process.env.VITEST ? [sandboxPlugin()] : [],
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      // Others edit the source while tests run: no hot reload may restart a page mid-launch.
      hmr: false,
      // Transform the entries before the browser asks: Vite then discovers and pre-bundles every
      // dependency up front, instead of reloading the page mid-launch (which would replay the code).
      warmup: { clientFiles: ['./src/launch.ts', './src/main.tsx'] },
    },
  });
  await server.listen();
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('The dev server did not report its URL.');
  // Load the cases and the first FHIR engine index now, so the first test does not pay for them.
  await fetch(`${origin}/sandbox/`);
  await server.waitForRequestsIdle?.();
  return { origin, server, close: () => server.close() };
}
