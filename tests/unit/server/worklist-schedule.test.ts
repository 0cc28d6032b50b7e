/**
 * The export schedule with fake timers (Date included) and a fake export: first run at start unless a
 * run younger than the interval is stored, one run at a time, a failed run logged without patient data
 * and retried at the next tick, a 429's Retry-After honoured, a run on demand moving the next tick.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/rules';
import type { BackendKey } from '../../../src/server/bulk/backend-auth';
import { finishRun, listRuns, openDatabase, startRun, type Db } from '../../../src/server/store';
import { createExportRunner, type OpsLog } from '../../../src/server/worklist/export-runner';
import { startSchedule, type Schedule } from '../../../src/server/worklist/export-schedule';
import { ExportFailed, type ExportJob, type ExportOutcome } from '../../../src/server/worklist/run-export';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-25T06:00:00Z');

const job = (): ExportJob => ({
  fhirBase: 'https://ehr.example/fhir',
  groupId: 'als',
  clientId: 'worklist',
  key: {} as BackendKey,
  asOf: '2026-11-25',
  policy: 'us',
  settings: DEFAULT_SETTINGS,
  noMedicationStatement: false,
});

type Step = 'ok' | 'fail' | { retryAfterMs: number } | 'hang';

interface Rig {
  db: Db;
  lines: { level: string; obj: Record<string, unknown>; msg: string }[];
  starts: number[];
  release: () => void;
  schedule?: Schedule;
  runner: ReturnType<typeof createExportRunner>;
}

function rig(steps: Step[]): Rig {
  const db = openDatabase(':memory:');
  const lines: Rig['lines'] = [];
  const log: OpsLog = {
    info: (obj, msg) => void lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => void lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => void lines.push({ level: 'error', obj, msg }),
  };
  const starts: number[] = [];
  let release = (): void => undefined;
  const run = async (d: Db, runId: number): Promise<ExportOutcome> => {
    starts.push(Date.now());
    const step = steps.shift() ?? 'ok';
    if (step === 'hang') await new Promise<void>((resolve) => (release = resolve));
    if (step === 'fail' || typeof step === 'object') {
      finishRun(d, runId, { status: 'failed', errors: ['x'] });
      const wait = typeof step === 'object' ? step.retryAfterMs : undefined;
      throw new ExportFailed('the export failed (kick-off-refused): HTTP 429', 'kick-off-refused', wait);
    }
    finishRun(d, runId, { status: 'complete' });
    return { runId, status: 'complete', patients: 3, failedTypes: [] };
  };
  const runner = createExportRunner({ db, job, log, run });
  return { db, lines, starts, release: () => release(), runner };
}

let r: Rig;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => {
  r.schedule?.stop();
  r.db.close();
  vi.useRealTimers();
});

const at = (ms: number): number => T0 + ms;

describe('the export schedule', () => {
  it('runs at start when no run is stored, then every interval', async () => {
    r = rig(['ok', 'ok', 'ok']);
    r.schedule = startSchedule({ db: r.db, runner: r.runner, everyMs: DAY, log: logOf(r) });
    await vi.advanceTimersByTimeAsync(0);
    expect(r.starts).toEqual([at(0)]);
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(r.starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.starts).toEqual([at(0), at(DAY)]);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(r.starts).toEqual([at(0), at(DAY), at(2 * DAY)]);
    expect(listRuns(r.db).map((x) => x.status)).toEqual(['complete', 'complete', 'complete']);
  });

  it('does not kick off at start when a run younger than the interval is stored', async () => {
    r = rig(['ok']);
    vi.setSystemTime(T0 - 20 * HOUR);
    finishRun(r.db, startRun(r.db, { fhirBase: 'f', groupId: 'als', asOf: '2026-11-24', policy: 'us' }), {
      status: 'complete',
    });
    vi.setSystemTime(T0);
    r.schedule = startSchedule({ db: r.db, runner: r.runner, everyMs: DAY, log: logOf(r) });
    await vi.advanceTimersByTimeAsync(4 * HOUR - 1);
    expect(r.starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.starts).toEqual([at(4 * HOUR)]);
  });

  it('logs a failed run without patient data and retries it at the next tick, not before', async () => {
    r = rig(['fail', 'ok']);
    r.schedule = startSchedule({ db: r.db, runner: r.runner, everyMs: DAY, log: logOf(r) });
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(r.starts).toEqual([at(0)]);
    const failed = r.lines.find((l) => l.msg === 'worklist export failed');
    expect(failed?.level).toBe('warn');
    expect(failed?.obj).toMatchObject({ runId: 1, failure: 'kick-off-refused', trigger: 'schedule' });
    await vi.advanceTimersByTimeAsync(1);
    expect(r.starts).toEqual([at(0), at(DAY)]);
    expect(listRuns(r.db).map((x) => x.status)).toEqual(['complete', 'failed']);
  });

  it("honours a refused kick-off's Retry-After when it is longer than the interval", async () => {
    r = rig([{ retryAfterMs: 3 * HOUR }, 'ok']);
    r.schedule = startSchedule({ db: r.db, runner: r.runner, everyMs: HOUR, log: logOf(r) });
    await vi.advanceTimersByTimeAsync(3 * HOUR - 1);
    expect(r.starts).toEqual([at(0)]);
    await vi.advanceTimersByTimeAsync(1);
    expect(r.starts).toEqual([at(0), at(3 * HOUR)]);
  });

  it('never runs two at once: a run on demand while one is under way is refused with its id', async () => {
    r = rig(['hang', 'ok', 'ok']);
    r.schedule = startSchedule({ db: r.db, runner: r.runner, everyMs: HOUR, log: logOf(r) });
    await vi.advanceTimersByTimeAsync(0);
    expect(r.runner.running()).toBe(1);
    expect(r.runner.start('on-demand')).toEqual({ kind: 'busy', runId: 1 });
    await vi.advanceTimersByTimeAsync(2 * HOUR); // the tick comes while run 1 still hangs
    expect(r.starts).toEqual([at(0)]);
    r.release();
    await vi.advanceTimersByTimeAsync(0);
    // The tick it missed runs once, as soon as run 1 ends; the next an interval after that.
    expect(r.starts).toEqual([at(0), at(2 * HOUR)]);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(r.starts).toEqual([at(0), at(2 * HOUR), at(3 * HOUR)]);
  });

  it('counts the next tick from a run started on demand', async () => {
    r = rig(['ok', 'ok', 'ok']);
    r.schedule = startSchedule({ db: r.db, runner: r.runner, everyMs: DAY, log: logOf(r) });
    await vi.advanceTimersByTimeAsync(10 * HOUR);
    const answer = r.runner.start('on-demand');
    expect(answer.kind).toBe('started');
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(r.starts).toEqual([at(0), at(10 * HOUR)]);
    await vi.advanceTimersByTimeAsync(10 * HOUR);
    expect(r.starts).toEqual([at(0), at(10 * HOUR), at(34 * HOUR)]);
  });
});

function logOf(x: Rig): OpsLog {
  return {
    info: (obj, msg) => void x.lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => void x.lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => void x.lines.push({ level: 'error', obj, msg }),
  };
}
