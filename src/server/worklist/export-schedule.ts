/**
 * `npm run serve -- --every 24h`: the export on a schedule. The first run is at start unless a run
 * younger than the interval is stored (a restart does not kick off again: Epic allows about one
 * kick-off a day per Group); every tick does the same check, so a run started on demand or from the
 * command line moves the next one. A failed run is retried at the next tick; a kick-off refused with
 * 429 and a Retry-After longer than that waits for the Retry-After. Never two runs at once (the runner).
 */
import { listRuns, type Db } from '../store';
import type { ExportRunner, OpsLog } from './export-runner';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ScheduleOptions {
  readonly db: Db;
  readonly runner: ExportRunner;
  readonly everyMs: number;
  readonly log: OpsLog;
  readonly clock?: Clock;
}

export interface Schedule {
  /** When the next run is due (ms since the epoch), while the schedule runs. */
  nextAt(): number | undefined;
  stop(): void;
}

/** When the latest stored run (of any outcome) started, in ms; undefined before any run. */
function latestStart(db: Db): number | undefined {
  const run = listRuns(db, 1)[0];
  const at = run ? Date.parse(run.startedAt) : Number.NaN;
  return Number.isNaN(at) ? undefined : at;
}

export function startSchedule(opts: ScheduleOptions): Schedule {
  const clock = opts.clock ?? SYSTEM_CLOCK;
  let timer: unknown;
  let next: number | undefined;
  let stopped = false;
  /** No kick-off before this (a 429's Retry-After). */
  let notBefore = 0;

  // One timer at a time: arming again replaces it.
  const arm = (at: number): void => {
    if (stopped) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    next = at;
    timer = clock.setTimeout(tick, Math.max(0, at - clock.now()));
  };

  /** The next due time from the stored runs: the latest start plus the interval, or now. */
  const due = (): number => {
    const last = latestStart(opts.db);
    const fromRuns = last === undefined ? clock.now() : last + opts.everyMs;
    return Math.max(fromRuns, notBefore, clock.now());
  };

  function tick(): void {
    timer = undefined;
    if (stopped) return;
    const now = clock.now();
    const at = due();
    if (at > now) return arm(at);
    const answer = opts.runner.start('schedule');
    if (answer.kind === 'busy') {
      // A run under way (on demand): the next tick counts from its start.
      return arm(now + opts.everyMs);
    }
    next = undefined;
    void answer.done.then((result) => {
      if (result.kind === 'failed' && result.retryAfterMs !== undefined) notBefore = clock.now() + result.retryAfterMs;
      arm(due());
    });
  }

  arm(due());
  opts.log.info({ everyMs: opts.everyMs, firstInMs: Math.max(0, (next ?? 0) - clock.now()) }, 'worklist schedule');
  return {
    nextAt: () => next,
    stop() {
      stopped = true;
      next = undefined;
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}
