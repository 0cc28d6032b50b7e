import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { sandboxPlugin } from './src/sandbox/vite-plugin.ts';
import { smartConfigPlugin } from './tools/smart-config-plugin.ts';

const root = import.meta.dirname;

// fhirclient's browser entry: under Vitest the package resolves to its Node entry, where
// FHIR.oauth2 is undefined (jsdom and happy-dom alike), so the tests alias the browser entry.
const fhirclientBrowser = resolve(root, 'node_modules/fhirclient/lib/entry/browser.js');

// `vite build` builds the app (index.html, launch.html); `vite build --mode worklist` then adds the clinic
// worklist page to the same folder. Two builds, so the worklist shares no chunk with the app and cannot
// move the app's first-screen chunks (scripts/bundle-budget.mjs measures the app's own manifest).
export default defineConfig(({ command, mode }) => ({
  // Relative asset URLs: the build works under any path (https://apps.example.org/riluzole/), as
  // the README's deployment section says; both pages sit in one folder.
  base: './',
  // smartConfigPlugin drops the sandbox's and the public launcher's devOnly entries from the build.
  plugins: [react(), smartConfigPlugin(), ...(command === 'serve' && !process.env.VITEST ? [sandboxPlugin()] : [])],
  // FHIRCLIENT_PURE drops fhirclient's polyfills; browsers have crypto.subtle for PKCE.
  define: { FHIRCLIENT_PURE: 'true' },
  resolve: {
    alias: [
      { find: 'isomorphic-webcrypto', replacement: resolve(root, 'src/smart/empty-module.ts') },
      // fhirclient's logger (it can print the access token) and its Base64 library, replaced by
      // small stand-ins: see the two files.
      { find: /^debug$/, replacement: resolve(root, 'src/smart/no-debug.cjs') },
      { find: /^js-base64$/, replacement: resolve(root, 'src/smart/base64.cjs') },
    ],
  },
  build: {
    sourcemap: true,
    // .vite/manifest.json: scripts/bundle-budget.mjs reads which chunks each page loads first.
    manifest: mode === 'worklist' ? '.vite/worklist-manifest.json' : true,
    emptyOutDir: mode !== 'worklist',
    // The app's build copies public/ (smart-config.json filtered by smartConfigPlugin); the worklist's must not.
    copyPublicDir: mode !== 'worklist',
    // Every browser the app supports has <link rel=modulepreload>; the polyfill only cost bytes.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The clinic worklist page (served at /worklist/ by src/server) is reported apart from the app.
      input: Object.fromEntries(
        mode === 'worklist'
          ? [['worklist', resolve(root, 'worklist.html')]]
          : [
              ['index', resolve(root, 'index.html')],
              ['launch', resolve(root, 'launch.html')],
            ],
      ),
    },
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^fhirclient$/, replacement: fhirclientBrowser }] },
        test: {
          name: 'integration',
          environment: 'jsdom',
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/integration/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
