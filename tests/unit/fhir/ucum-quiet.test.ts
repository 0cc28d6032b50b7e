/** Issue 8.6: the UCUM library must not print record text to the console or standard output. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quietly } from '../../../src/fhir/quiet';
import { loadUcumConverter } from '../../../src/fhir/units';
import { ANALYTES } from '../../../src/rules/types';
import { altObservation, labOf } from './fixtures';

const HOSTILE_UNITS = [
  'U L',
  'mg /dL',
  ' 10*9 / L',
  'mL/min/1.73 m2',
  'patient-name Ada Lovelace',
  '{{{',
  ')(',
  '10*999999/L',
  '[',
  'constructor',
  '__proto__',
  '\t',
  'x'.repeat(500),
  'µ mol/L',
  'mg/dL/',
  '/',
  '.',
  '%%',
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('UCUM conversions print nothing (issue 8.6)', () => {
  it('converts hostile units with nothing on the console or standard output', async () => {
    const ucum = await loadUcumConverter();
    const spies = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m)),
    ];
    for (const unit of HOSTILE_UNITS) {
      // Some are the table's spellings with spaces ("mg /dL"); only the silence is asserted for all.
      for (const a of ANALYTES) {
        ucum.toCanonical(a, 30, { unit });
        ucum.toCanonical(a, 30, { code: unit, system: 'http://unitsofmeasure.org' });
      }
      labOf(altObservation({ valueQuantity: { value: 30, unit, code: unit } }));
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(ucum.toCanonical('alt', 30, { unit: 'U L' })).toBeUndefined();
    expect(ucum.toCanonical('alt', 30, { unit: 'patient-name Ada Lovelace' })).toBeUndefined();
  });

  it('still converts real UCUM units', async () => {
    const ucum = await loadUcumConverter();
    expect(ucum.toCanonical('alt', 4, { code: 'ukat/L' })).toBe(240);
    expect(ucum.toCanonical('weight', 1000, { code: 'mg' })).toBeCloseTo(0.001);
  });

  it('restores the console after the call, even when it throws', () => {
    const log = console.log;
    expect(() =>
      quietly(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(console.log).toBe(log);
    expect(quietly(() => 7)).toBe(7);
  });
});
