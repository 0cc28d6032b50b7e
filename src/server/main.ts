/**
 * `npm run serve -- [--port P] [--host H] [--config FILE]`: the server process (CDS Hooks; with a
 * `worklist` section, the clinic worklist: its page, API and sign-in). Run with tsx from a fresh
 * clone after `npm install`.
 * Exit status 2 for bad arguments or a bad config or settings file, 1 when the worklist page cannot
 * be built (one line on stderr).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS, parseSettings } from '../rules';
import type { Settings } from '../rules/types';
import { buildServer, databaseFile, type ServerDeps } from './app';
import { ConfigError, DEFAULT_CONFIG, parseConfig, type ServerConfig } from './config';
import { localToday } from './local-date';
import { openDatabase, StoreError, type Db } from './store';
import { parseEvery } from './worklist-config';
import { createExportRunner } from './worklist/export-runner';
import { startSchedule } from './worklist/export-schedule';
import { exportJobOf, forwardingLog, loadExportKey, OpsConfigError } from './worklist/ops';
import { createWriteBack } from './worklist/write-back';
import { ensureWorklistPage, PageBuildError } from './worklist/ensure-page';

const USAGE = 'usage: npm run serve -- [--port P] [--host H] [--config FILE] [--every 24h]';

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new ConfigError(`${what} ${file}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${what} ${file}: not JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
}

async function loadConfig(file: string | undefined): Promise<ServerConfig> {
  if (file === undefined) return DEFAULT_CONFIG;
  try {
    return parseConfig(await readJson(file, 'config'));
  } catch (error) {
    if (error instanceof ConfigError && !error.message.startsWith('config ')) {
      throw new ConfigError(`config ${file}: ${error.message}`);
    }
    throw error;
  }
}

async function loadClinicSettings(file: string | undefined): Promise<Settings> {
  if (file === undefined) return DEFAULT_SETTINGS;
  const json = await readJson(file, 'clinic settings');
  try {
    return parseSettings(json);
  } catch (error) {
    throw new ConfigError(`clinic settings ${file}: ${error instanceof Error ? error.message : 'invalid'}`);
  }
}

function portOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`--port must be 0 to 65535, not "${text}"`);
  return n;
}

async function main(argv: readonly string[]): Promise<number> {
  let values: { port?: string; host?: string; config?: string; every?: string; help?: boolean };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        every: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`serve: ${error instanceof Error ? error.message : 'bad arguments'}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let config: ServerConfig;
  let settings: Settings;
  let db: Db;
  let ops: Awaited<ReturnType<typeof worklistOps>>;
  try {
    const loaded = await loadConfig(values.config);
    config = { ...loaded, port: portOf(values.port) ?? loaded.port, host: values.host ?? loaded.host };
    settings = await loadClinicSettings(config.clinicSettings);
    const everyMs = everyOf(values.every, config);
    db = openDatabase(databaseFile(config));
    ops = await worklistOps(config, settings, db, everyMs).catch((error: unknown) => {
      db.close();
      throw error;
    });
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof StoreError || error instanceof OpsConfigError)) throw error;
    process.stderr.write(`serve: ${error.message}\n`);
    return 2;
  }
  let distDir: string | undefined;
  try {
    // With a sign-in, the server also serves the worklist page (built now if missing).
    if (config.worklist?.signIn) distDir = await ensureWorklistPage((line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    if (!(error instanceof PageBuildError)) throw error;
    process.stderr.write(`serve: ${error.message}\n`);
    ops.stop();
    db.close();
    return 1;
  }
  const app = buildServer(config, { settings, db, ...ops.deps, ...(distDir !== undefined ? { distDir } : {}) });
  ops.log.attach(app.log);
  const close = (): void => {
    ops.stop();
    app.close().then(
      () => {
        db.close();
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  ops.start();
  return -1;
}

/** `--every` (else `worklist.export.every`): only with a `worklist.export` to run. */
function everyOf(flag: string | undefined, config: ServerConfig): number | undefined {
  if (flag === undefined) return config.worklist?.export?.everyMs;
  if (!config.worklist?.export) throw new ConfigError('--every needs "worklist.export" in the --config file');
  const ms = parseEvery(flag);
  if (typeof ms === 'string') throw new ConfigError(`--every ${ms}`);
  return ms;
}

/** The export runner, its schedule and the write-back, from `worklist` of the config. */
async function worklistOps(config: ServerConfig, settings: Settings, db: Db, everyMs: number | undefined) {
  const log = forwardingLog();
  const exp = config.worklist?.export;
  const none = { deps: {} satisfies Partial<ServerDeps>, log, start: () => undefined, stop: () => undefined };
  if (!exp) return none;
  const key = await loadExportKey(exp);
  const runner = createExportRunner({ db, job: exportJobOf(exp, key, settings, () => localToday()), log });
  const writeBack = config.worklist?.writeBack
    ? createWriteBack({ fhirBase: exp.fhirBaseUrl, clientId: exp.clientId, key })
    : undefined;
  let stop = (): void => undefined;
  return {
    deps: { exports: runner, ...(writeBack ? { writeBack } : {}) } satisfies Partial<ServerDeps>,
    log,
    start: () => {
      if (everyMs !== undefined) stop = startSchedule({ db, runner, everyMs, log }).stop;
    },
    stop: () => stop(),
  };
}

const status = await main(process.argv.slice(2));
if (status >= 0) process.exitCode = status;
