import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const SETTLED = '[data-testid="riluzole-screen"][data-complete="true"]';

/**
 * Waits until the screen is final: first data shown, every FHIR read settled (the app's own
 * `complete`: reads done or failed and the assessment caught up), and the lazy charts drawn.
 */
export async function waitForSettledScreen(app: Page | Frame, timeout = 30_000): Promise<void> {
  await app.locator('[data-testid="first-data"]').waitFor({ timeout });
  await app.locator(SETTLED).waitFor({ timeout });
  // The panels below the first answer load after it (features/screen/lazy-slot): wait until none is a
  // "<panel>: loading" placeholder any more, then for the charts inside them.
  await app.waitForFunction(() => !document.querySelector('[aria-label$=": loading"]'), undefined, { timeout });
  await app.getByText('Loading chart…').first().waitFor({ state: 'detached', timeout });
}

interface AxeNode {
  readonly target: readonly unknown[];
  readonly failureSummary?: string;
  readonly html: string;
}
interface AxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}

/** WCAG 2.1 A/AA violations of impact serious or critical, one readable line per element. */
export async function seriousAxeViolations(app: Page | Frame): Promise<string[]> {
  const injected = await app.evaluate(() => 'axe' in window);
  if (!injected) await app.addScriptTag({ content: axe.source });
  const violations = await app.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        failureSummary: n.failureSummary ?? '',
        html: n.html.slice(0, 160),
      })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.impact} ${v.id}: ${v.help}\n    at ${n.target.join(' ')}\n    ${n.html}\n    ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`,
      ),
    );
}

/** How far the page itself scrolls sideways (px); tables may scroll inside their own region. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
