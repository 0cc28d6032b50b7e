/**
 * `npm run worklist -- export` as a child process against a Bulk Data server in this process, over
 * the clinical cases' resources: exit 0 and a stored run; exit 3 when a type could not be read (those
 * patients stored, and never listed as fine); exit 1 when the export failed (the previous run stays
 * current); exit 2 for a bad key file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, listRuns } from '../../../src/server/store';
import { alt } from '../../cases/builders';
import { fakeBulk, privateJwk, runWorklist } from './worklist-cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'worklist-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keyFile = join(dir, 'key.jwk');
writeFileSync(keyFile, await privateJwk());
const CASES = ['alt-stop-on-treatment', 'on-riluzole-up-to-date', 'eligible-baseline-normal'];

const exportTo = (base: string, db: string, ...extra: string[]) =>
  runWorklist([
    'export',
    '--fhir',
    base,
    '--group',
    'als',
    '--client-id',
    'worklist',
    '--key',
    keyFile,
    '--as-of',
    '2026-11-25',
    '--db',
    db,
    ...extra,
  ]);
const list = async (db: string) =>
  (await runWorklist(['list', '--db', db, '--today', '2026-11-25'])).lines.map(
    (l) => JSON.parse(l) as Record<string, unknown>,
  );

describe('worklist export', { timeout: 90_000 }, () => {
  it('exports, assesses and stores every patient of the Group, then exits 0', async () => {
    const server = await fakeBulk(CASES);
    const db = join(dir, 'ok.sqlite');
    try {
      const r = await exportTo(server.base, db);
      expect(r.stderr).toContain('stored run 1: 3 patient(s)');
      expect(r.status).toBe(0);
      expect(server.log).toContain('DELETE /bulk/status/1');
      expect(r.stderr).not.toMatch(/Patricia|Nguyen|Brennan/);
    } finally {
      await server.close();
    }
    const rows = await list(db);
    // the rest by name: Margaret Ellison before Thomas Brennan
    expect(rows.map((x) => x.patientId)).toEqual([
      'alt-stop-on-treatment',
      'eligible-baseline-normal',
      'on-riluzole-up-to-date',
    ]);
    expect(rows[0]).toMatchObject({ rank: 1, tier: 'critical', dataAsOf: '2026-11-25T06:00:00Z' });
  });

  it('exits 3 when a type could not be read, and lists every patient as not fully assessed', async () => {
    const server = await fakeBulk(CASES, { errorTypes: ['Condition'] });
    const db = join(dir, 'partial.sqlite');
    try {
      const r = await exportTo(server.base, db);
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('could not be read for every patient: Condition');
    } finally {
      await server.close();
    }
    const rows = await list(db);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.incomplete).toBe(true);
      expect(row.tier).not.toBe('rest');
      expect(row.eligibility).not.toBe('eligible');
    }
    const db2 = openDatabase(db);
    expect(listRuns(db2)[0]).toMatchObject({ status: 'partial', failedTypes: ['Condition'] });
    db2.close();
  });

  it('exits 1 when the export fails, recording the run as failed and keeping the previous one current', async () => {
    const good = await fakeBulk(CASES.slice(0, 1));
    const db = join(dir, 'failed.sqlite');
    try {
      expect((await exportTo(good.base, db)).status).toBe(0);
    } finally {
      await good.close();
    }
    const bad = await fakeBulk(CASES, { refuseKickOff: true });
    try {
      const r = await exportTo(bad.base, db);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^worklist: the export failed \(kick-off-refused\)/);
    } finally {
      await bad.close();
    }
    expect((await list(db)).map((x) => x.patientId)).toEqual(['alt-stop-on-treatment']);
    const db2 = openDatabase(db);
    expect(listRuns(db2).map((run) => run.status)).toEqual(['failed', 'complete']);
    db2.close();
  });

  it('exits 2 for a key file that is not a key, before any request', async () => {
    const server = await fakeBulk(CASES);
    const notKey = join(dir, 'not-a-key.txt');
    writeFileSync(notKey, 'hello');
    try {
      const r = await runWorklist([
        'export',
        '--fhir',
        server.base,
        '--group',
        'als',
        '--client-id',
        'c',
        '--key',
        notKey,
        '--db',
        join(dir, 'k.sqlite'),
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^worklist: .*not-a-key\.txt: the key file is neither/);
      expect(server.log).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('re-opens exactly the patient whose second export brings a new ALT, even one with an old date', async () => {
    const db = join(dir, 'reopen.sqlite');
    const first = await fakeBulk(CASES);
    try {
      expect((await exportTo(first.base, db)).status).toBe(0);
    } finally {
      await first.close();
    }
    for (const id of CASES) {
      const r = await runWorklist([
        'review',
        '--db',
        db,
        '--patient',
        id,
        '--action',
        'acknowledge',
        '--by',
        'Practitioner/n1',
      ]);
      expect(r.status).toBe(0);
    }
    const late = alt('on-riluzole-up-to-date', 77, '2026-08-01', 30);
    const second = await fakeBulk(CASES, { extra: [late] });
    try {
      expect((await exportTo(second.base, db)).status).toBe(0);
    } finally {
      await second.close();
    }
    const states = Object.fromEntries((await list(db)).map((x) => [x.patientId, x.reviewState]));
    expect(states).toEqual({
      'alt-stop-on-treatment': 'acknowledged',
      'eligible-baseline-normal': 'acknowledged',
      'on-riluzole-up-to-date': 'reopened',
    });
  });

  it('exits 2 for missing arguments', async () => {
    const r = await runWorklist(['export', '--group', 'als']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('worklist: --fhir is required');
  });
});
