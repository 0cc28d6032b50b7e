/**
 * The server's export runner: at most one worklist export at a time in this process, started by the
 * schedule or on demand (`POST /worklist/api/exports`). The run's outcome is logged without patient
 * data: run id, status, counts, and the Bulk client's one-line reason (resource references masked).
 */
import type { Db } from '../store';
import type { Progress } from './progress';
import { beginExport, ExportFailed, runExport, type ExportJob, type ExportOutcome } from './run-export';

export type RunTrigger = 'schedule' | 'on-demand';

/** How a run ended, for the schedule. */
export type RunResult =
  | { readonly kind: 'done'; readonly outcome: ExportOutcome }
  | { readonly kind: 'failed'; readonly runId: number; readonly retryAfterMs?: number };

export type StartAnswer =
  | { readonly kind: 'started'; readonly runId: number; readonly done: Promise<RunResult> }
  | { readonly kind: 'busy'; readonly runId: number };

/** What the runner logs with (a pino logger fits); never given patient data. */
export interface OpsLog {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

export interface ExportRunner {
  start(trigger: RunTrigger): StartAnswer;
  /** The id of the run under way, if any. */
  running(): number | undefined;
}

export interface RunnerOptions {
  readonly db: Db;
  /** The job of a new run (asOf is the day it starts). */
  readonly job: () => ExportJob;
  readonly log: OpsLog;
  /** Tests replace the export itself. */
  readonly run?: (db: Db, runId: number, job: ExportJob, progress: Progress) => Promise<ExportOutcome>;
}

/** Progress of a server-side run: the steps go to the log at debug level, no per-chunk lines. */
function logProgress(log: OpsLog, runId: number): Progress {
  return {
    export: (e) => {
      if (e.kind === 'kick-off' || e.kind === 'manifest' || e.kind === 'deleted') {
        log.info({ runId, step: e.kind }, 'worklist export step');
      }
      if (e.kind === 'file-failed') log.warn({ runId, type: e.type }, 'worklist export: a file could not be read');
    },
    assessed: () => undefined,
    line: () => undefined,
    done: () => undefined,
  };
}

export function createExportRunner(opts: RunnerOptions): ExportRunner {
  const run = opts.run ?? runExport;
  let current: number | undefined;

  async function execute(runId: number, job: ExportJob, trigger: RunTrigger): Promise<RunResult> {
    try {
      const outcome = await run(opts.db, runId, job, logProgress(opts.log, runId));
      opts.log.info(
        { runId, trigger, status: outcome.status, patients: outcome.patients, failedTypes: outcome.failedTypes },
        'worklist export finished',
      );
      return { kind: 'done', outcome };
    } catch (error) {
      if (error instanceof ExportFailed) {
        opts.log.warn(
          {
            runId,
            trigger,
            failure: error.failure ?? 'files',
            reason: error.message,
            retryAfterMs: error.retryAfterMs,
          },
          'worklist export failed',
        );
        return { kind: 'failed', runId, ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }) };
      }
      // A bug or a database error: the type only (a message could carry anything).
      opts.log.error(
        { runId, trigger, errorName: error instanceof Error ? error.name : typeof error },
        'worklist export crashed',
      );
      return { kind: 'failed', runId };
    } finally {
      current = undefined;
    }
  }

  return {
    running: () => current,
    start(trigger) {
      if (current !== undefined) return { kind: 'busy', runId: current };
      const job = opts.job();
      const runId = beginExport(opts.db, job);
      current = runId;
      opts.log.info({ runId, trigger }, 'worklist export started');
      return { kind: 'started', runId, done: execute(runId, job, trigger) };
    },
  };
}
