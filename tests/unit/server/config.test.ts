import { ConfigError, DEFAULT_CONFIG, parseConfig } from '../../../src/server/config';

describe('server config', () => {
  it('takes the defaults for an empty file, with the sandbox as the one trusted issuer', () => {
    const config = parseConfig({});
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config.maxBodyBytes).toBe(5 * 1024 * 1024);
    expect(config.dataDir).toBe('data');
    expect(config.cds.trustedIssuers.map((i) => i.iss)).toEqual(['http://127.0.0.1:5173/sandbox']);
  });

  it('reads every key', () => {
    const config = parseConfig({
      publicUrl: 'https://cds.example.org/riluzole/',
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/var/lib/riluzole',
      maxBodyBytes: 1_000_000,
      clinicSettings: 'clinic-settings.json',
      cds: {
        trustedIssuers: [
          {
            iss: 'https://ehr.example.org',
            jwksUrl: 'https://ehr.example.org/jwks',
            fhirServers: ['https://fhir.example.org/R4'],
          },
        ],
        appLaunchUrl: 'https://apps.example.org/riluzole/launch.html',
      },
    });
    expect(config.publicUrl).toBe('https://cds.example.org/riluzole');
    expect(config.port).toBe(9000);
    expect(config.cds.trustedIssuers[0]?.fhirServers).toEqual(['https://fhir.example.org/R4']);
    expect(config.cds.appLaunchUrl).toBe('https://apps.example.org/riluzole/launch.html');
  });

  it('reads the worklist sign-in (http only on this machine)', () => {
    const signIn = { issuer: 'http://127.0.0.1:5173/sandbox/fhir/', clientId: 'riluzole-worklist' };
    expect(parseConfig({ worklist: { signIn } }).worklist).toEqual({
      signIn: { issuer: 'http://127.0.0.1:5173/sandbox/fhir', clientId: 'riluzole-worklist' },
      writeBack: false,
    });
    expect(parseConfig({}).worklist).toBeUndefined();
    // A worklist section without a sign-in (the scheduled export only) serves no page and no API.
    expect(parseConfig({ worklist: {} }).worklist?.signIn).toBeUndefined();
  });

  it.each([
    [{ prot: 8080 }, /unknown key "prot"/],
    [{ cds: { trustedIssuer: [] } }, /unknown key "cds.trustedIssuer"/],
    [{ cds: { trustedIssuers: [{ iss: 'x', jwksUrl: 'https://x/j', extra: 1 }] } }, /cds.trustedIssuers\[0\].extra/],
    [{ cds: { trustedIssuers: [{ iss: 'x' }] } }, /jwksUrl" are required/],
    [{ cds: { trustedIssuers: [{ iss: 'x', jwksUrl: 'file:///etc/passwd' }] } }, /jwksUrl" must be an http/],
    [{ port: 'eighty' }, /"port" must be a whole number/],
    [{ maxBodyBytes: 10 }, /"maxBodyBytes"/],
    [[], /JSON object/],
    [{ worklist: { signIn: 'https://e/f' } }, /"worklist.signIn" must be an object/],
    [{ worklist: { signIn: { issuer: 'https://ehr.example.org/fhir' } } }, /clientId" are required/],
    [{ worklist: { signIn: { issuer: 'http://ehr.example.org/fhir', clientId: 'w' } } }, /issuer" must be https/],
    [{ worklist: { signIn: { issuer: 'https://e/f', clientId: 'w', scope: 'x' } } }, /worklist.signIn.scope/],
    [{ worklist: { signIn: { issuer: 'https://e/f', clientId: 'w', redirectUrl: 'http://w.org/cb' } } }, /https/],
  ])('refuses %j naming the key', (json, message) => {
    expect(() => parseConfig(json)).toThrow(ConfigError);
    expect(() => parseConfig(json)).toThrow(message);
  });
});
