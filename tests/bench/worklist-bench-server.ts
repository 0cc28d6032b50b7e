/**
 * The Bulk Data server for `npm run bench:worklist`: the sandbox's own middleware, Backend
 * Services token endpoint and export jobs, over N synthetic patients. Their data come from a small
 * in-memory FHIR store per patient (generated on demand, seeded) instead of Medplum's repository,
 * which would take minutes to seed with a million resources: the bench measures the export path,
 * not Medplum. Prints `port=<n>` when listening; argv: N, key folder.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { createBackendAuth } from '../../src/sandbox/bulk/backend-token';
import { createBulkRoutes } from '../../src/sandbox/bulk/bulk-routes';
import { demoKeys, SANDBOX_BACKEND_CLIENT_ID } from '../../src/sandbox/bulk/demo-keys';
import { createCaseSource } from '../../src/sandbox/case-source';
import type { FhirStore } from '../../src/sandbox/fhir-store';
import { createSandboxMiddleware } from '../../src/sandbox/middleware';
import { createAuthServer } from '../../src/sandbox/smart-auth';
import { patientLines, random, RILUZOLE_MEDICATION_LINE } from './synthetic-patients';

const patients = Number(process.argv[2] ?? '1000');
const keyDir = process.argv[3] ?? 'data/bench';
const ids = Array.from({ length: patients }, (_, i) => `bench-${String(i + 1).padStart(6, '0')}`);

let cached: { readonly index: number; readonly lines: ReturnType<typeof patientLines> } | undefined;
function linesOf(index: number): ReturnType<typeof patientLines> {
  if (cached?.index !== index) cached = { index, lines: patientLines(index, random(20261101 + index)) };
  return cached.lines;
}

/** Answers the searches export-jobs.ts makes (`Type?patient=…`, `Patient?_id=…`, `Medication`). */
function storeOf(index: number): FhirStore {
  return {
    create: () => Promise.reject(new Error('the bench store is read-only')),
    async handle({ url }) {
      const type = url.split('?')[0] ?? '';
      const offset = Number(new URLSearchParams(url.split('?')[1] ?? '').get('_offset') ?? '0');
      const all = linesOf(index);
      const lines =
        type === 'Medication'
          ? index === 1
            ? [RILUZOLE_MEDICATION_LINE]
            : []
          : ((all as Record<string, string[]>)[type] ?? []);
      const entry = offset > 0 ? [] : lines.map((line) => ({ resource: JSON.parse(line) as Resource }));
      const body: Bundle = { resourceType: 'Bundle', type: 'searchset', total: lines.length, entry };
      return { status: 200, body };
    },
  };
}

const keys = await demoKeys(keyDir);
const auth = createBackendAuth([{ clientId: SANDBOX_BACKEND_CLIENT_ID, jwks: keys.jwks }]);
const routes = createBulkRoutes(auth, {
  patientIds: () => Promise.resolve(ids),
  storeFor: (id) => Promise.resolve(storeOf(ids.indexOf(id) + 1)),
});
const middleware = createSandboxMiddleware(
  createAuthServer(),
  createCaseSource(() => Promise.resolve([])),
  Promise.resolve({ keys, auth, routes }),
);
const server = createServer((req, res) => middleware(req, res, () => res.end()));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`port=${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
