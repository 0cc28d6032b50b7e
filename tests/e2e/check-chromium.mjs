// Run before the end-to-end tests: fail early, with the fix, when no Chromium can be found, and say
// which one the tests will drive (see support/chromium-path.mjs for the order).
import { resolveChromium } from './support/chromium-path.mjs';

try {
  const { path, source } = await resolveChromium();
  console.log(`End-to-end tests use Chromium at ${path} (${source}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
