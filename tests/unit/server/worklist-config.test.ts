/** The `worklist` section of the server config: the scheduled export and the write-back switch. */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/server/config';
import { parseEvery } from '../../../src/server/worklist-config';

const EXPORT = {
  fhirBaseUrl: 'https://fhir.example-hospital.org/R4/',
  groupId: 'Group/als-clinic',
  clientId: 'riluzole-worklist',
  keyFile: '/etc/riluzole/backend-key.pem',
  kid: 'key-1',
  every: '24h',
  noMedicationStatement: true,
  typeFilter: ['Observation?category=laboratory'],
};

describe('worklist config', () => {
  it('reads worklist.export and writeBack', () => {
    const config = parseConfig({ worklist: { export: EXPORT, writeBack: true } });
    expect(config.worklist).toEqual({
      writeBack: true,
      export: {
        fhirBaseUrl: 'https://fhir.example-hospital.org/R4',
        groupId: 'als-clinic',
        clientId: 'riluzole-worklist',
        keyFile: '/etc/riluzole/backend-key.pem',
        kid: 'key-1',
        everyMs: 24 * 3600_000,
        noMedicationStatement: true,
        typeFilter: ['Observation?category=laboratory'],
      },
    });
  });

  it('has no worklist section by default, and the export runs only on demand without every', () => {
    expect(parseConfig({}).worklist).toBeUndefined();
    const { every: _every, ...onDemand } = EXPORT;
    expect(parseConfig({ worklist: { export: onDemand } }).worklist?.export?.everyMs).toBeUndefined();
    expect(parseConfig({ worklist: { export: onDemand } }).worklist?.writeBack).toBe(false);
  });

  it.each([
    [{ export: { ...EXPORT, every: '10s' } }, /"worklist.export.every" must be a duration/],
    [{ export: { ...EXPORT, every: '30d' } }, /"worklist.export.every" must be from 1m to 7d/],
    [{ export: { ...EXPORT, clientId: undefined } }, /"worklist.export.clientId" is required/],
    [{ export: { ...EXPORT, fhirBaseUrl: 'ftp://x' } }, /"worklist.export.fhirBaseUrl" must be an http/],
    [{ export: { ...EXPORT, typeFilter: 'x' } }, /"worklist.export.typeFilter" must be a list/],
    [{ export: { ...EXPORT, keyfile: 'x' } }, /unknown key "worklist.export.keyfile"/],
    [{ writeBack: true }, /"worklist.writeBack" needs "worklist.export"/],
    [{ writeBack: 'yes', export: EXPORT }, /"worklist.writeBack" must be true or false/],
    [{ exports: {} }, /unknown key "worklist.exports"/],
  ])('refuses %j, naming the key', (worklist, message) => {
    expect(() => parseConfig({ worklist })).toThrow(ConfigError);
    expect(() => parseConfig({ worklist })).toThrow(message);
  });

  it('reads durations from one minute to seven days', () => {
    expect(parseEvery('30m')).toBe(30 * 60_000);
    expect(parseEvery('1d')).toBe(24 * 3600_000);
    expect(parseEvery('7d')).toBe(7 * 24 * 3600_000);
    expect(parseEvery('24')).toMatch(/must be a duration/);
    expect(parseEvery('0m')).toMatch(/from 1m to 7d/);
  });
});
