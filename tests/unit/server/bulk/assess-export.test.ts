import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/rules';
import { assessExport, type AssessedPatient } from '../../../../src/server/bulk/assess-export';
import type { ExportResult } from '../../../../src/server/bulk/export-types';
import { ALL_CASES, CASE_AS_OF } from '../../../cases';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The cases a plain export can carry: US policy, no read failures of their own. */
const CASES = ALL_CASES.filter((c) => (c.policy ?? 'us') === 'us').filter((c) => !c.build(CASE_AS_OF).unavailable);
const GOOD = CASES.filter((c) => {
  const { expected } = c.build(CASE_AS_OF);
  return expected.eligibility === 'eligible' || expected.monitoring === 'up-to-date';
});

/** Writes the cases' resources as a Bulk export would: one NDJSON file per resource type. */
async function exportOf(
  cases: typeof CASES,
  extra: Partial<ExportResult> = {},
  corrupt?: string,
): Promise<ExportResult> {
  const dir = await mkdtemp(join(tmpdir(), 'assess-export-test-'));
  dirs.push(dir);
  const byType = new Map<string, string[]>();
  for (const c of cases) {
    for (const resource of c.build(CASE_AS_OF).resources) {
      const lines = byType.get(resource.resourceType) ?? [];
      lines.push(JSON.stringify(resource));
      byType.set(resource.resourceType, lines);
    }
  }
  const files = [];
  for (const [type, lines] of byType) {
    const path = join(dir, `${type}.ndjson`);
    const text = `${lines.join('\n')}\n${type === corrupt ? '{"resourceType": "Observation", broken\n' : ''}`;
    await writeFile(path, text);
    files.push({ type, path, bytes: Buffer.byteLength(text) });
  }
  return {
    dir,
    transactionTime: '2026-11-25T06:00:00Z',
    files,
    failedTypes: [],
    errors: [],
    requestUrl: 'https://ehr/Group/g/$export',
    ...extra,
  };
}

async function assessAll(result: ExportResult, threads?: number): Promise<AssessedPatient[]> {
  const out: AssessedPatient[] = [];
  const opts = { asOf: CASE_AS_OF, policy: 'us' as const, settings: DEFAULT_SETTINGS, threads };
  for await (const one of assessExport(result, opts)) {
    out.push(one);
  }
  return out;
}

describe('assessing a Bulk export', () => {
  it('assesses every patient of a complete export as the case files expect, in id order', async () => {
    expect(GOOD.length).toBeGreaterThan(3);
    const assessed = await assessAll(await exportOf(CASES));
    expect(assessed.map((a) => a.patientId)).toEqual(CASES.map((c) => c.id).sort());
    for (const c of GOOD) {
      const { expected } = c.build(CASE_AS_OF);
      const one = assessed.find((a) => a.patientId === c.id);
      if (expected.eligibility) expect(one?.assessment.eligibility.status, c.id).toBe(expected.eligibility);
      if (expected.monitoring) expect(one?.assessment.monitoring.status, c.id).toBe(expected.monitoring);
      expect(one?.unreadable).toEqual([]);
    }
  });

  it.each([
    ['Observation', true],
    ['MedicationRequest', true],
    ['MedicationStatement', true],
    ['Medication', true],
    ['Condition', false],
    ['AllergyIntolerance', false],
    ['Patient', false],
  ])('a failed %s file: no patient reads eligible (nor up-to-date: %s), and each says why', async (type, schedule) => {
    const result = await exportOf(GOOD, {
      failedTypes: [type],
      errors: [{ type, message: 'the download answered HTTP 500' }],
    });
    const complete = await assessAll(await exportOf(GOOD));
    const assessed = await assessAll(result);
    expect(assessed).toHaveLength(GOOD.length);
    for (const [i, one] of assessed.entries()) {
      expect(one.assessment.eligibility.status, one.patientId).not.toBe('eligible');
      expect(one.assessment.findings.map((f) => f.code)).toContain('data.read-failed');
      // The liver-test schedule rests on labs and medications only (spec §5).
      if (schedule) expect(one.assessment.monitoring.status, one.patientId).not.toBe('up-to-date');
      else expect(one.assessment.monitoring.status).toBe(complete[i]?.assessment.monitoring.status);
      expect(one.unreadable).toEqual([`The export's ${type} data could not be read (the download answered HTTP 500).`]);
    }
  });

  it('a file with a corrupt line makes its type unreadable for every patient', async () => {
    const assessed = await assessAll(await exportOf(GOOD, {}, 'Observation'));
    expect(assessed).toHaveLength(GOOD.length);
    for (const one of assessed) {
      expect(one.assessment.eligibility.status).not.toBe('eligible');
      expect(one.assessment.monitoring.status).not.toBe('up-to-date');
      expect(one.unreadable[0]).toMatch(
        /^The export's Observation file had a line that could not be read \(line \d+\)/,
      );
    }
  });

  it('gives the same assessments when the records spill to temp files', async () => {
    const result = await exportOf(CASES);
    const inMemory = await assessAll(result);
    process.env.ASSESS_SPILL_AFTER = '10';
    try {
      expect(await assessAll(result)).toEqual(inMemory);
    } finally {
      delete process.env.ASSESS_SPILL_AFTER;
    }
  });

  it('gives the same assessments, in the same order, with worker threads', { timeout: 60_000 }, async () => {
    const result = await exportOf(CASES, {}, 'Observation');
    const serial = await assessAll(result, 1);
    // Tiny chunks: the lines spread over many chunks and both workers.
    Object.assign(process.env, { ASSESS_PARALLEL_MIN_BYTES: '0', ASSESS_CHUNK_BYTES: '2000' });
    try {
      const parallel = await assessAll(result, 2);
      expect(parallel.length).toBeGreaterThan(100);
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    } finally {
      delete process.env.ASSESS_PARALLEL_MIN_BYTES;
      delete process.env.ASSESS_CHUNK_BYTES;
    }
  });

  it('stops cleanly when the reader stops early', async () => {
    const result = await exportOf(CASES);
    const first: string[] = [];
    for await (const one of assessExport(result, { asOf: CASE_AS_OF, policy: 'us', settings: DEFAULT_SETTINGS })) {
      first.push(one.patientId);
      if (first.length === 2) break;
    }
    expect(first).toHaveLength(2);
  });
});
