// Which Chromium the end-to-end tests and benchmarks drive, in order of preference:
// 1. CHROME_PATH, when set (it must exist: a wrong path is an error, not a silent fallback);
// 2. Debian's Chromium at /usr/bin/chromium;
// 3. the Chromium shipped inside the @sparticuz/chromium npm package (a dev dependency), unpacked to
//    the system temp folder on first use (about 2 to 5 s), so `npm test` runs on a fresh machine after
//    `npm install` alone, with no apt. `E2E_CHROMIUM=bundled` forces this one (to test the fallback).
import { accessSync, constants } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @returns {Promise<{ path: string, source: 'CHROME_PATH' | 'system' | 'bundled' }>}
 */
export async function resolveChromium() {
  const forced = process.env.E2E_CHROMIUM === 'bundled';
  const configured = process.env.CHROME_PATH;
  if (configured && !forced) {
    if (!executable(configured)) throw new Error(`CHROME_PATH is set to ${configured}, which is not an executable.`);
    return { path: configured, source: 'CHROME_PATH' };
  }
  if (!forced && executable(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  let bundled;
  try {
    bundled = (await import('@sparticuz/chromium')).default;
  } catch {
    throw new Error(
      'No Chromium found: install it (sudo apt-get install -y chromium), set CHROME_PATH, ' +
        'or run npm install so that the @sparticuz/chromium fallback is present.',
    );
  }
  return { path: await bundled.executablePath(), source: 'bundled' };
}
