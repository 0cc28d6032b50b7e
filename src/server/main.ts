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
import { buildServer } from './app';
import { ConfigError, DEFAULT_CONFIG, parseConfig, type ServerConfig } from './config';
import { ensureWorklistPage, PageBuildError } from './worklist/ensure-page';

const USAGE = 'usage: npm run serve -- [--port P] [--host H] [--config FILE]';

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
  let values: { port?: string; host?: string; config?: string; help?: boolean };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
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
  try {
    const loaded = await loadConfig(values.config);
    config = { ...loaded, port: portOf(values.port) ?? loaded.port, host: values.host ?? loaded.host };
    settings = await loadClinicSettings(config.clinicSettings);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`serve: ${error.message}\n`);
    return 2;
  }
  let distDir: string | undefined;
  try {
    // With a worklist section, the server also serves the worklist page (built now if missing).
    if (config.worklist) distDir = await ensureWorklistPage((line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    if (!(error instanceof PageBuildError)) throw error;
    process.stderr.write(`serve: ${error.message}\n`);
    return 1;
  }
  const app = buildServer(config, { settings, ...(distDir !== undefined ? { distDir } : {}) });
  const close = (): void => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ port: config.port, host: config.host });
  return -1;
}

const status = await main(process.argv.slice(2));
if (status >= 0) process.exitCode = status;
