/**
 * `npm run bench:worklist`: export a Group of 1,000 and 5,000 synthetic patients from the sandbox's
 * Bulk Data server (Backend Services token, kick-off, poll, streamed download, DELETE) and assess
 * it (src/server/bulk/assess-export.ts); then the command line (`npm run assess`) on the same
 * downloaded files. Time per phase, patients per second, peak RSS. The server runs in its own
 * process, and so does each size's client (its peak RSS is its own). BENCH_SIZES=100,500 overrides.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/rules';
import { assessExport } from '../../src/server/bulk/assess-export';
import { backendServicesTokens, loadBackendKey } from '../../src/server/bulk/backend-auth';
import { exportGroup, exportTypes } from '../../src/server/bulk/export-group';
import { SANDBOX_BACKEND_CLIENT_ID } from '../../src/sandbox/bulk/demo-keys';

const ROOT = resolve(import.meta.dirname, '../..');
const AS_OF = '2026-11-01';
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const seconds = (from: number, to: number): string => ((to - from) / 1000).toFixed(2);
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** One size, in this process: prints one line of JSON with the figures. */
async function client(port: number, keyDir: string, patients: number): Promise<void> {
  const fhirBase = `http://127.0.0.1:${port}/sandbox/fhir`;
  const key = await loadBackendKey(readFileSync(join(keyDir, 'backend-key.jwk.json'), 'utf8'));
  const auth = backendServicesTokens({ fhirBase, clientId: SANDBOX_BACKEND_CLIENT_ID, key, types: exportTypes({}) });
  const marks: Record<string, number> = { start: performance.now() };
  const result = await exportGroup({
    fhirBase,
    groupId: 'als-clinic',
    auth,
    onProgress: (event) => {
      if (event.kind === 'kick-off') marks.kickOff = performance.now();
      if (event.kind === 'manifest') marks.manifest = performance.now();
    },
  });
  marks.downloaded = performance.now();
  let assessed = 0;
  for await (const _ of assessExport(result, { asOf: AS_OF, policy: 'us', settings: DEFAULT_SETTINGS })) assessed += 1;
  marks.assessed = performance.now();
  if (assessed !== patients) process.stderr.write(`assessed ${assessed} of ${patients} patients\n`);
  const bytes = result.files.reduce((sum, f) => sum + f.bytes, 0);
  process.stdout.write(
    `${JSON.stringify({ marks, bytes, assessed, dir: result.dir, failed: result.failedTypes, maxRssKb: process.resourceUsage().maxRSS })}\n`,
  );
}

function spawnLines(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; out: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => void (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => void (err += c.toString()));
  const out = new Promise<string>((done, fail) =>
    child.on('close', (code) => (code === 0 || code === null ? done(text + err) : fail(new Error(err.slice(0, 2000))))),
  );
  return { child, out };
}

async function main(): Promise<void> {
  const mode = process.env.WORKLIST_BENCH_CLIENT;
  if (mode) {
    const [port, keyDir, patients] = mode.split(' ');
    return client(Number(port), keyDir ?? '', Number(patients));
  }
  const keyDir = mkdtempSync(join(tmpdir(), 'worklist-bench-keys-'));
  try {
    for (const patients of SIZES) {
      const server = spawnLines(['tests/bench/worklist-bench-server.ts', String(patients), keyDir]);
      const port = await new Promise<number>((done) => {
        server.child.stdout?.on('data', (c: Buffer) => {
          const m = /port=(\d+)/.exec(c.toString());
          if (m) done(Number(m[1]));
        });
      });
      const run = spawnLines(['tests/bench/worklist-bench.ts'], {
        WORKLIST_BENCH_CLIENT: `${port} ${keyDir} ${patients}`,
      });
      const line = (await run.out).split('\n').find((l) => l.startsWith('{')) ?? '{}';
      server.child.kill('SIGTERM');
      const r = JSON.parse(line) as {
        marks: Record<string, number>;
        bytes: number;
        assessed: number;
        dir: string;
        failed: string[];
        maxRssKb: number;
      };
      const m = r.marks;
      const s = (a: string, b: string): number => ((m[b] ?? 0) - (m[a] ?? 0)) / 1000;
      console.log(
        `\n${patients} patients (${mb(r.bytes)} MB of NDJSON; failed types: ${r.failed.join(',') || 'none'})`,
      );
      console.log(`  token + kick-off            ${seconds(m.start ?? 0, m.kickOff ?? 0)} s`);
      console.log(`  server export (to manifest) ${seconds(m.kickOff ?? 0, m.manifest ?? 0)} s`);
      const dl = s('manifest', 'downloaded');
      console.log(`  download (streamed), DELETE ${dl.toFixed(2)} s  ${(r.bytes / 1024 / 1024 / dl).toFixed(1)} MB/s`);
      const as = s('downloaded', 'assessed');
      console.log(
        `  assess ${r.assessed} patients       ${as.toFixed(2)} s  ${(r.assessed / as).toFixed(0)} patients/s`,
      );
      const total = s('start', 'assessed');
      console.log(`  whole worklist path         ${total.toFixed(2)} s  ${(patients / total).toFixed(0)} patients/s`);
      console.log(`  client peak RSS             ${(r.maxRssKb / 1024).toFixed(0)} MB`);
      const t0 = performance.now();
      const cli = spawnLines(['src/cli/assess.ts', '--as-of', AS_OF, r.dir], { ASSESS_REPORT_RSS: '1' });
      cli.child.stdout?.removeAllListeners('data').resume(); // the assessments themselves are not kept
      const cliOut = await cli.out;
      const cliSeconds = (performance.now() - t0) / 1000;
      const cliRss = Number(/maxRSS=(\d+)/.exec(cliOut)?.[1] ?? Number.NaN) / 1024;
      console.log(
        `  command line on the same files ${cliSeconds.toFixed(2)} s  ${(patients / cliSeconds).toFixed(0)} patients/s, peak RSS ${cliRss.toFixed(0)} MB`,
      );
      rmSync(r.dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(keyDir, { recursive: true, force: true });
  }
}

await main();
