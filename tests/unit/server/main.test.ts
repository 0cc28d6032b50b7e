/** `npm run serve` as a child process: it starts from the source, answers /health, refuses a bad config. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));

function configFile(json: unknown): string {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('npm run serve (src/server/main.ts)', () => {
  it('refuses an unknown config key with one line naming it, exit status 2', () => {
    const file = configFile({ prot: 8080 });
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--config', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toBe(
      `serve: config ${file}: unknown key "prot" (allowed: publicUrl, host, port, dataDir, maxBodyBytes, clinicSettings, cds, worklist)`,
    );
  }, 40_000);

  it('refuses a clinic settings file that does not validate', () => {
    const settings = configFile({ baselineDays: -3 });
    const file = configFile({ clinicSettings: settings });
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--config', file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`clinic settings ${settings}`);
    expect(out.stderr).toContain('baselineDays');
  }, 40_000);

  it('starts on the given port and answers GET /health and the discovery', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', '0'], { cwd: ROOT });
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1]) ok(m[1]);
        });
        child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
      });
      expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
      const discovery = (await (await fetch(`${url}/cds-services`)).json()) as { services: unknown[] };
      expect(discovery.services).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
    }
  }, 40_000);
});
