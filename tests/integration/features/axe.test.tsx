import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { ScreenProps } from '../../../src/features/screen/screen-props';
import { ON_RILUZOLE_STOP, READS_LAB_FAILED, READS_LOADING, UP_TO_DATE, screenProps } from './fixtures';
import { renderScreen } from './render-screen';

/** axe's first run takes about 4.5 s in jsdom, far longer on a loaded machine: not the 5 s default. */
const AXE_TIMEOUT_MS = 30_000;

async function seriousViolations(props: ScreenProps): Promise<string[]> {
  const { container } = await renderScreen(props);
  // Contrast needs real layout; it is checked in Chromium by the end-to-end tests.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe over the whole screen takes seconds in jsdom on a busy 2-core machine; a time-out leaves axe
// running, and the next case then fails with "Axe is already running".
describe('accessibility of the whole screen (axe-core in jsdom)', { timeout: 30_000 }, () => {
  it.each<[string, ScreenProps]>([
    ['stop-level ALT', screenProps({ assessment: ON_RILUZOLE_STOP })],
    ['up to date', screenProps({ assessment: UP_TO_DATE })],
    ['failed lab read', screenProps({ assessment: UP_TO_DATE, reads: READS_LAB_FAILED })],
    ['still loading', screenProps({ reads: READS_LOADING })],
  ])(
    'has no serious or critical violation: %s',
    async (_name, props) => {
      expect(await seriousViolations(props)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );
});
