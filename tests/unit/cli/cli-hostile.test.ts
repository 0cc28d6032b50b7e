/**
 * Issue 8.7 and 8.8: hostile input never stops the run. A folder with a corrupt NDJSON line, a line
 * that is not a resource, a symlink loop and a Bundle nested thousands of levels deep: every good
 * patient is assessed once, stdout is only JSON lines, the unreadable resource type is "could not
 * be read completely" for every patient (none reads eligible or up to date), and the exit status is 3.
 */
import { symlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, AdaPatient, BenPatient, alsCondition, altObservation } from './fixtures';
import { assessments, runCli, tempDir } from './run-cli';

const tmp = tempDir('cli-hostile-');
afterAll(() => tmp.remove());

const CleoPatient = { resourceType: 'Patient', id: 'cleo', name: [{ text: 'Cleo Clean' }], birthDate: '1970-02-02' };
const bili = (patient: string, id: string, date: string, value: number): object => ({
  ...(altObservation(patient, id, date, value) as Record<string, unknown>),
  code: { coding: [{ system: 'http://loinc.org', code: '1975-2', display: 'Bilirubin total' }] },
  valueQuantity: { value, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
  referenceRange: [{ high: { value: 1.2, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' } }],
});
const observations = [
  altObservation('ada', 'ada-alt-1', '2026-05-20', 150),
  altObservation('cleo', 'cleo-alt-1', '2026-05-20', 22),
  bili('cleo', 'cleo-bili-1', '2026-05-20', 0.7),
];

/** A transaction Bundle `depth` levels deep, pretty-printed, holding Dee and her ALS at the bottom. */
function deepBundle(depth: number): string {
  const dee = { resourceType: 'Patient', id: 'dee', name: [{ text: 'Dee Deep' }] };
  const inner = JSON.stringify(
    { resourceType: 'Bundle', type: 'collection', entry: [{ resource: dee }, { resource: alsCondition('dee') }] },
    null,
    2,
  );
  const open = '{\n  "resourceType": "Bundle",\n  "type": "transaction",\n  "entry": [\n    {\n      "resource": ';
  const close = '\n    }\n  ]\n}';
  return open.repeat(depth) + inner + close.repeat(depth);
}

function exportFolder(name: string, observationLines: readonly string[]): string {
  const line = (v: unknown): string => JSON.stringify(v);
  tmp.text(`${name}/Patient.ndjson`, [AdaPatient, BenPatient, CleoPatient].map(line).join('\n') + '\n');
  tmp.text(`${name}/Condition.ndjson`, ['ada', 'ben', 'cleo'].map((p) => line(alsCondition(p))).join('\n') + '\n');
  tmp.text(`${name}/Observation.ndjson`, observationLines.join('\n') + '\n');
  return tmp.path(name);
}

const byId = (result: ReturnType<typeof runCli>) => new Map(assessments(result).map((a) => [a.patient.id, a]));

describe('assess: hostile input', { timeout: 60_000 }, () => {
  it('assesses the clean export quietly, Cleo eligible (so the checks below mean something)', () => {
    const result = runCli([
      '--as-of',
      AS_OF,
      exportFolder(
        'clean',
        observations.map((o) => JSON.stringify(o)),
      ),
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(byId(result).get('cleo')).toMatchObject({ eligibility: { status: 'eligible' } });
  });

  it('reads past a corrupt line, a non-resource line, a symlink loop and a deep Bundle: exit 3', () => {
    const [ada, cleo, cleoBili] = observations.map((o) => JSON.stringify(o));
    const folder = exportFolder('hostile', [
      ada ?? '',
      '{"resourceType": "Observation", "id": oops',
      cleo ?? '',
      '{"id": "x"}',
      cleoBili ?? '',
    ]);
    symlinkSync('.', `${folder}/loop`);
    symlinkSync('Observation.ndjson', `${folder}/Observation.zz.ndjson`);
    tmp.text('hostile/copy/Condition.ndjson', ['ada', 'ben'].map((p) => JSON.stringify(alsCondition(p))).join('\n'));
    tmp.text('hostile/nested/deep.json', deepBundle(3000));
    symlinkSync('..', `${folder}/nested/up`);
    const result = runCli(['--as-of', AS_OF, folder]);

    expect(result.status).toBe(3);
    for (const l of result.lines) expect(() => JSON.parse(l) as unknown, l.slice(0, 80)).not.toThrow();
    const all = byId(result);
    expect([...all.keys()]).toEqual(['ada', 'ben', 'cleo', 'dee']);
    expect(result.lines).toHaveLength(4);
    for (const a of all.values()) {
      expect(a).not.toMatchObject({ eligibility: { status: 'eligible' } });
      expect(a).not.toMatchObject({ monitoring: { status: 'up-to-date' } });
      expect((a.findings as { code: string }[]).map((f) => f.code)).toContain('data.read-failed');
    }
    // Read once: the loop, the symlinked file and the copied conditions add nothing.
    expect(all.get('ada')).toMatchObject({ labs: { alt: [{ id: 'ada-alt-1', value: 150 }] } });
    expect((all.get('ada')?.labs as { alt: unknown[] }).alt).toHaveLength(1);
    expect(all.get('dee')).toMatchObject({ patient: { name: 'Dee Deep' } });

    const stderr = result.stderr.split('\n').filter((l) => l !== '');
    expect(stderr.filter((l) => /Observation\.ndjson line 2: invalid JSON/.test(l))).toHaveLength(1);
    expect(stderr.filter((l) => /Observation\.ndjson line 4: not FHIR/.test(l))).toHaveLength(1);
    expect(stderr.join('\n')).toMatch(
      /labs, vital-signs, lung-function, smoking, pregnancy-status, breastfeeding-status could not be read completely for any patient/,
    );
    expect(stderr).toContain('assess: 2 resource(s) appeared more than once (same type and id); each was read once');
    expect(stderr.join('\n')).not.toMatch(/internal error|oops/);
  });

  it('marks every source when the file name does not tell the resource type', () => {
    const lines = [AdaPatient, alsCondition('ada')].map((v) => JSON.stringify(v));
    const file = tmp.text('export.ndjson', [...lines, 'not json at all'].join('\n'));
    const result = runCli(['--as-of', AS_OF, file]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(
      /export\.ndjson line 3: invalid JSON.*patient, labs, medications, conditions, allergies, pregnancy-status, breastfeeding-status, smoking, vital-signs, lung-function could not be read completely/,
    );
    expect(assessments(result)).toHaveLength(1);
  });

  it('reads a Bundle nested thousands of levels deep on its own: exit 0', () => {
    const result = runCli(['--as-of', AS_OF, tmp.text('deep-alone.json', deepBundle(5000))]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(assessments(result).map((a) => a.patient.id)).toEqual(['dee']);
  });
});
