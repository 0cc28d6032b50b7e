// Run before the end-to-end tests: fail early, with the fix, when no Chromium is installed.
import { accessSync, constants } from 'node:fs';

// The tests use CHROME_PATH when it is set, else /usr/bin/chromium: check exactly that one.
const path = process.env.CHROME_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error('Chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH)');
  console.error(`(looked for ${path})`);
  process.exit(1);
}
