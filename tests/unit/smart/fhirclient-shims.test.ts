/**
 * The two stand-ins vite.config.ts gives fhirclient: a Base64 that must agree with js-base64 on
 * every input fhirclient can give it (PKCE verifiers, JWT parts, id_tokens), and a `debug` that
 * never prints (fhirclient's messages can include the access token).
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Node's own require: vite.config.ts aliases 'js-base64' and 'debug' to the stand-ins, so an
// import here would compare the stand-in with itself.
const require = createRequire(import.meta.url);
const jsBase64 = require('js-base64') as {
  fromUint8Array(bytes: Uint8Array, url?: boolean): string;
  encode(text: string, url?: boolean): string;
  encodeURL(text: string): string;
  decode(input: string): string;
};
const shim = require('../../../src/smart/base64.cjs') as {
  fromUint8Array(bytes: Uint8Array, url?: boolean): string;
  encode(text: string, url?: boolean): string;
  encodeURL(text: string): string;
  decode(input: string): string;
};
type Debugger = ((...args: unknown[]) => void) & { extend(ns: string): Debugger; enabled: boolean };
const debug = require('../../../src/smart/no-debug.cjs') as (ns: string) => Debugger;

const SEED = { seed: 20261204, numRuns: 2000 };

describe('the Base64 stand-in for fhirclient', () => {
  it('is compared with the real js-base64, not with itself', () => {
    expect(jsBase64.encodeURL).not.toBe(shim.encodeURL);
    expect(require.resolve('js-base64')).toMatch(/node_modules[\\/]js-base64/);
  });

  it('encodes bytes exactly as js-base64 does, plain and URL-safe', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, url) => {
        expect(shim.fromUint8Array(bytes, url)).toBe(jsBase64.fromUint8Array(bytes, url));
      }),
      SEED,
    );
  });

  it('encodes any text (UTF-8) as js-base64 does, and decodes it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(shim.encodeURL(text)).toBe(jsBase64.encodeURL(text));
        expect(shim.encode(text)).toBe(jsBase64.encode(text));
        expect(shim.decode(shim.encodeURL(text))).toBe(text);
        expect(shim.decode(jsBase64.encode(text))).toBe(jsBase64.decode(jsBase64.encode(text)));
      }),
      SEED,
    );
  });

  it('decodes a JWT payload as fhirclient needs it', () => {
    const payload = { sub: 'Practitioner/1', fhirUser: 'https://ehr.example/Practitioner/1', nonce: 'ü✓' };
    const part = jsBase64.encodeURL(JSON.stringify(payload));
    expect(JSON.parse(shim.decode(part))).toEqual(payload);
  });
});

describe('the debug stand-in for fhirclient', () => {
  it('prints nothing, whatever it is given, and its extend() does the same', () => {
    const spies = (['log', 'debug', 'info', 'warn', 'error'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const write = vi.spyOn(process.stderr, 'write');
    try {
      const d = debug('FHIR');
      d('token %s', 'secret-access-token');
      d.extend('client').extend('client:request')('Bearer %s', 'secret-access-token');
      expect(d.enabled).toBe(false);
      for (const s of spies) expect(s).not.toHaveBeenCalled();
      expect(write).not.toHaveBeenCalled();
    } finally {
      spies.forEach((s) => s.mockRestore());
      write.mockRestore();
    }
  });
});
