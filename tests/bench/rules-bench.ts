/**
 * `npm run bench:rules`: how fast the command line assesses a Bulk Data export, beside the bare
 * parse rate of the same files (read each line, JSON.parse it, nothing else: the practical limit).
 *
 * Each synthetic patient has a Patient, an ALS Condition, 5 years of monthly ALT, AST and total
 * bilirubin (180 Observations) and 10 MedicationRequests (riluzole by reference to a Medication,
 * the rest inline). They are written as a Bulk export, one NDJSON file per resource type, so the
 * CLI must group by patient after reading every file. Sizes: 1,000 and 5,000 patients (override
 * with BENCH_SIZES=100,500; BENCH_DIR=folder keeps the files; BENCH_NODE_FLAGS="--max-old-space-size=256"
 * passes V8 flags to the CLI's node). Wall time and peak RSS come from /usr/bin/time -v when present, else
 * from the child's own process.resourceUsage() (ASSESS_REPORT_RSS=1).
 *
 * The command line runs twice in the same run: the old path (`--threads 1 --reference`: one thread,
 * the reference normaliser) and the new (worker threads, the fast lab path). Rates are given by wall
 * time and per core (CPU time), each against the bare single-thread parse; the load average is
 * printed beside, since the machine may be shared.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, TYPES } from './synthetic-patients';

const ROOT = resolve(import.meta.dirname, '../..');
const AS_OF = '2026-11-01';
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
/** Reads every line of every file and JSON.parse's it: nothing else. */
const BARE_PARSE = `
import { createReadStream, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
const dir = process.argv[1];
let n = 0;
for (const name of readdirSync(dir).sort()) {
  for await (const line of createInterface({ input: createReadStream(dir + '/' + name), crlfDelay: Infinity })) {
    if (line) { JSON.parse(line); n += 1; }
  }
}
if (process.env.ASSESS_REPORT_RSS) process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n');
process.stdout.write(n + '\\n');`;

interface Run {
  readonly seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly stdoutLines: number;
  readonly exitCode: number | null;
  readonly stderr: string;
}

function run(args: readonly string[]): Promise<Run> {
  const useTime = existsSync('/usr/bin/time');
  const [command, argv] = useTime ? ['/usr/bin/time', ['-v', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const env = { ...process.env, ASSESS_REPORT_RSS: '1', ASSESS_TIMING: '1' };
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutLines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) stdoutLines += 1;
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (exitCode) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? /maxRSS=(\d+)/.exec(stderr)?.[1];
      const cpu = ['User', 'System'].map((kind) =>
        Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? Number.NaN),
      );
      done({
        seconds,
        cpuSeconds: (cpu[0] ?? 0) + (cpu[1] ?? 0),
        peakMb: Number(kb ?? Number.NaN) / 1024,
        stdoutLines,
        exitCode,
        stderr,
      });
    });
  });
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  // BENCH_DIR keeps the generated files (e.g. to profile the CLI on them with node --cpu-prof).
  const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'rules-bench-'));
  try {
    for (const patients of SIZES) {
      const data = join(dir, `p${patients}`);
      rmSync(data, { recursive: true, force: true });
      mkdirSync(data);
      const bytes = generate(data, patients);
      console.log(
        `\n${patients} patients: ${mb(bytes)} MB of NDJSON in ${TYPES.length} files (one per resource type), ${patients * 192 + 1} resources`,
      );
      const bare = await run(['--input-type=module', '-e', BARE_PARSE, data]);
      const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
      const cliArgs = [...nodeFlags, '--import', 'tsx', 'src/cli/assess.ts', '--as-of', AS_OF, data];
      const load = loadavg().map((n) => n.toFixed(1));
      const old = await run([...cliArgs, '--threads', '1', '--reference']);
      const cli = await run([...cliArgs, '--threads', String(availableParallelism())]);
      const row = (name: string, r: Run): string =>
        `  ${name.padEnd(11)} ${r.seconds.toFixed(2).padStart(6)} s wall ${(patients / r.seconds).toFixed(0).padStart(6)} patients/s ${(bytes / 1024 / 1024 / r.seconds).toFixed(1).padStart(6)} MB/s` +
        ` | ${r.cpuSeconds.toFixed(2).padStart(6)} s CPU ${(bytes / 1024 / 1024 / r.cpuSeconds).toFixed(1).padStart(6)} MB/s | peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB (${((100 * r.peakMb * 1024 * 1024) / bytes).toFixed(0)}% of input)`;
      const share = (a: number, b: number): string => `${((100 * a) / b).toFixed(0)}%`;
      console.log(`  load average before the run ${load.join(', ')} on ${availableParallelism()} cores`);
      console.log(row('bare parse', bare));
      for (const [name, r] of [
        ['old path', old],
        ['new path', cli],
      ] as const) {
        if (r.exitCode !== 0 || r.stdoutLines !== patients) {
          console.log(`  ${name} failed: exit ${r.exitCode}, ${r.stdoutLines} lines\n${r.stderr.slice(0, 2000)}`);
          continue;
        }
        console.log(row(name, r));
        console.log(
          `    = ${share(bare.seconds, r.seconds)} of the bare parse rate by wall time, ${share(bare.cpuSeconds, r.cpuSeconds)} per core (CPU time)`,
        );
        for (const [, phase] of r.stderr.matchAll(/timing: (.+)/g)) console.log(`    phase: ${phase}`);
      }
    }
  } finally {
    if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
