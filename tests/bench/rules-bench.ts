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
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const AS_OF = '2026-11-01';
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const TYPES = ['Patient', 'Condition', 'Medication', 'MedicationRequest', 'Observation'] as const;
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const LABS = [
  {
    code: '1742-6',
    name: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    low: 8,
    high: 40,
    max: 70,
  },
  {
    code: '1920-8',
    name: 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    low: 10,
    high: 40,
    max: 60,
  },
  {
    code: '1975-2',
    name: 'Bilirubin.total [Mass/volume] in Serum or Plasma',
    unit: 'mg/dL',
    low: 0.2,
    high: 1.2,
    max: 1.6,
  },
] as const;
const OTHER_MEDS = [
  ['197361', 'Amlodipine 5 MG Oral Tablet'],
  ['310798', 'Hydrochlorothiazide 25 MG Oral Tablet'],
  ['314076', 'Lisinopril 10 MG Oral Tablet'],
  ['617314', 'Atorvastatin 10 MG Oral Tablet'],
  ['312938', 'Sertraline 50 MG Oral Tablet'],
  ['198211', 'Simvastatin 40 MG Oral Tablet'],
  ['860975', 'Metformin 500 MG Oral Tablet'],
  ['313782', 'Acetaminophen 325 MG Oral Tablet'],
  ['197319', 'Baclofen 10 MG Oral Tablet'],
] as const;

/** A small seeded generator (mulberry32): the same files on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthDate(start: Date, months: number, day: number): string {
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, day)).toISOString().slice(0, 10);
}

function patientLines(index: number, next: () => number): Record<(typeof TYPES)[number], string[]> {
  const id = `bench-${String(index).padStart(6, '0')}`;
  const subject = { reference: `Patient/${id}` };
  const start = new Date(Date.UTC(2021, 10, 1));
  const out: Record<(typeof TYPES)[number], string[]> = {
    Patient: [],
    Condition: [],
    Medication: [],
    MedicationRequest: [],
    Observation: [],
  };
  const push = (type: (typeof TYPES)[number], resource: object): void =>
    void out[type].push(JSON.stringify({ resourceType: type, ...resource }));
  push('Patient', {
    id,
    gender: index % 2 ? 'male' : 'female',
    birthDate: `19${50 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
    name: [{ family: `Bench${index}`, given: ['Pat'] }],
  });
  push('Condition', {
    id: `${id}-als`,
    subject,
    onsetDateTime: '2021-06-01',
    recordedDate: '2021-06-10',
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    code: {
      coding: [
        { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G12.21', display: 'Amyotrophic lateral sclerosis' },
      ],
    },
  });
  for (let month = 0; month < 60; month += 1) {
    const date = monthDate(start, month, 15);
    for (const lab of LABS) {
      const value = Math.round((lab.low + next() * (lab.max - lab.low)) * 10) / 10;
      const quantity = (v: number): object => ({ value: v, unit: lab.unit, system: UCUM, code: lab.unit });
      push('Observation', {
        id: `${id}-${lab.code}-${month}`,
        status: 'final',
        subject,
        category: [
          { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
        ],
        code: { coding: [{ system: LOINC, code: lab.code, display: lab.name }], text: lab.name },
        effectiveDateTime: `${date}T09:30:00+01:00`,
        issued: `${date}T14:02:11.000+01:00`,
        valueQuantity: quantity(value),
        referenceRange: [{ low: quantity(lab.low), high: quantity(lab.high) }],
      });
    }
  }
  const dose = (text: string, frequency: number): object[] => [
    {
      text,
      timing: { repeat: { frequency, period: 1, periodUnit: 'd' } },
      doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }],
    },
  ];
  push('MedicationRequest', {
    id: `${id}-rx-0`,
    status: 'active',
    intent: 'order',
    subject,
    authoredOn: '2021-11-01',
    medicationReference: { reference: 'Medication/riluzole-50' },
    dosageInstruction: dose('50 mg twice daily', 2),
  });
  OTHER_MEDS.forEach(([code, display], n) => {
    push('MedicationRequest', {
      id: `${id}-rx-${n + 1}`,
      status: n % 3 ? 'active' : 'stopped',
      intent: 'order',
      subject,
      authoredOn: monthDate(start, n * 6, 3),
      medicationCodeableConcept: { coding: [{ system: RXNORM, code, display }], text: display },
      dosageInstruction: dose('once daily', 1),
    });
  });
  return out;
}

function generate(dir: string, patients: number): number {
  const fds = Object.fromEntries(TYPES.map((type) => [type, openSync(join(dir, `${type}.ndjson`), 'w')]));
  const write = (type: (typeof TYPES)[number], lines: readonly string[]): void => {
    if (lines.length > 0) writeSync(fds[type] as number, `${lines.join('\n')}\n`);
  };
  write('Medication', [
    JSON.stringify({
      resourceType: 'Medication',
      id: 'riluzole-50',
      code: { coding: [{ system: RXNORM, code: '199206', display: 'riluzole 50 MG Oral Tablet' }] },
    }),
  ]);
  const next = random(20261101);
  for (let i = 1; i <= patients; i += 1) {
    const lines = patientLines(i, next);
    for (const type of TYPES) write(type, lines[type]);
  }
  for (const fd of Object.values(fds)) closeSync(fd as number);
  return TYPES.reduce((sum, type) => sum + statSync(join(dir, `${type}.ndjson`)).size, 0);
}

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
      const cli = await run([...nodeFlags, '--import', 'tsx', 'src/cli/assess.ts', '--as-of', AS_OF, data]);
      if (cli.exitCode !== 0 || cli.stdoutLines !== patients) {
        console.log(`  CLI failed: exit ${cli.exitCode}, ${cli.stdoutLines} lines\n${cli.stderr.slice(0, 2000)}`);
        continue;
      }
      const row = (name: string, r: Run): string =>
        `  ${name.padEnd(11)} ${r.seconds.toFixed(2).padStart(6)} s wall ${(patients / r.seconds).toFixed(0).padStart(6)} patients/s ${(bytes / 1024 / 1024 / r.seconds).toFixed(1).padStart(6)} MB/s` +
        ` | ${r.cpuSeconds.toFixed(2).padStart(6)} s CPU ${(bytes / 1024 / 1024 / r.cpuSeconds).toFixed(1).padStart(6)} MB/s | peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB (${((100 * r.peakMb * 1024 * 1024) / bytes).toFixed(0)}% of input)`;
      console.log(row('bare parse', bare));
      console.log(row('assess CLI', cli));
      const share = (a: number, b: number): string => `${((100 * a) / b).toFixed(0)}%`;
      console.log(
        `  CLI rate = ${share(bare.seconds, cli.seconds)} of the bare parse rate by wall time, ${share(bare.cpuSeconds, cli.cpuSeconds)} by CPU time`,
      );
      for (const [, phase] of cli.stderr.matchAll(/timing: (.+)/g)) console.log(`    CLI phase: ${phase}`);
    }
  } finally {
    if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
