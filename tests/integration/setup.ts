/** Integration tests: jsdom + msw as the FHIR server + Testing Library. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { server } from './support/server';

// Listen now, not in beforeAll: fhirclient keeps a reference to `fetch` from the moment it is
// imported (lib/lib.js), and the test file imports it before any beforeAll runs. Listening here,
// before the test file loads, makes that reference msw's patched fetch (token refresh, ready()).
server.listen({ onUnhandledRequest: 'error' });

afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
});
afterAll(() => server.close());
