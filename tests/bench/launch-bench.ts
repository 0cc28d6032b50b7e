/**
 * `npm run bench`: how fast the app shows data for the ten-year patient, launched through the
 * sandbox in Chromium with 100 ms added to every FHIR response. Prints, per run and as medians:
 * the time from index.html's navigation start to the first data on screen and to the complete
 * assessment, the FHIR requests made, the sequential request waves before each, and the sandbox's
 * own time per search (its Server-Timing header). Each read strategy is measured in the same run
 * (bench-strategy.ts): side by side as shipped, the old one-page-at-a-time strategy, and side by
 * side without the app's limit (to count dependency waves apart from queueing).
 *
 * Strategy options (production build only): --sequential (only the old strategy), --parallel
 * (only the shipped one); by default all three, with the ratio old / new.
 * Options: --runs N (3), --case ID (ten-year-history), --latency MS (100),
 * --signal CSS (the element that means "data on screen": [data-testid="first-data"]), --verbose
 * (list each FHIR request with its start and end, in ms after index.html's navigation start),
 * --dev (measure the Vite dev server's unbundled modules instead of the production build).
 * By default the production build is measured, served as static files as a hospital serves it.
 */
import { parseArgs } from 'node:util';
import type { Browser, Frame, Page, Request } from 'playwright-core';
import { startBrowser } from '../e2e/support/browser';
import { startDevServer } from '../e2e/support/dev-server';
import { launchPatient } from '../e2e/support/launch';
import { BUILD_PREFIX, builtLaunchUrl, serveBuild } from '../e2e/support/serve-build';
import { countWaves, median, type Timed } from '../e2e/support/waves';
import { describeStrategy, applyStrategy, type Strategy } from './bench-strategy';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    case: { type: 'string', default: 'ten-year-history' },
    latency: { type: 'string', default: '100' },
    signal: { type: 'string', default: process.env.BENCH_SIGNAL ?? '[data-testid="first-data"]' },
    verbose: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    sequential: { type: 'boolean', default: false },
    parallel: { type: 'boolean', default: false },
  },
});
const COMPLETE = '[data-testid="riluzole-screen"][data-complete="true"]';
const RUNS = Math.max(1, Number(values.runs));
const LATENCY = Number(values.latency);

interface RunResult {
  readonly timeToDataMs: number;
  /** index.html navigation start → the screen says every read is in (data-complete). */
  readonly timeToCompleteMs: number;
  readonly wavesToComplete: number;
  /** The sandbox's own time answering the FHIR requests (Server-Timing), without added latency. */
  readonly sandboxMedianMs: number;
  readonly sandboxMaxMs: number;
  /** index.html navigation start → first FHIR request: page load, ready() and the token exchange. */
  readonly firstRequestMs: number;
  readonly tokenMs: number;
  readonly requestsBeforeData: number;
  readonly requestsTotal: number;
  readonly waves: number;
  /** Waves among first pages only (follow-up `next` pages necessarily wait for their page). */
  readonly firstPageWaves: number;
}

async function run(browser: Browser, origin: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Stamp the moments the signal and the complete screen first exist, from inside index.html (no
  // polling lag).
  await context.addInitScript(
    ([selector, complete]: [string, string]) => {
      if (!location.pathname.endsWith('/index.html')) return;
      const w = window as unknown as { __firstData?: number; __complete?: number };
      new MutationObserver((_m, observer) => {
        if (w.__firstData === undefined && document.querySelector(selector)) w.__firstData = performance.now();
        if (w.__complete === undefined && document.querySelector(complete)) w.__complete = performance.now();
        if (w.__complete !== undefined && w.__firstData !== undefined) observer.disconnect();
      }).observe(document, { childList: true, subtree: true, attributes: true });
    },
    [values.signal, COMPLETE] as [string, string],
  );
  const page = await context.newPage();
  const finished: { request: Request; end: number }[] = [];
  const serverMs: Promise<number | undefined>[] = [];
  page.on('requestfinished', (request) => {
    const t = request.timing();
    finished.push({ request, end: t.startTime + t.responseEnd });
    if (request.url().includes('/sandbox/fhir/')) {
      serverMs.push(
        request.response().then((r) => {
          const m = /fhir;dur=([\d.]+)/.exec(r?.headers()['server-timing'] ?? '');
          return m ? Number(m[1]) : undefined;
        }),
      );
    }
  });
  let app: Page | Frame = page;
  if (values.dev) {
    ({ app } = await launchPatient(page, origin, values.case, { faults: { latencyMs: LATENCY }, timeoutMs: 60_000 }));
  } else {
    await page.goto(await builtLaunchUrl(origin, values.case, { latencyMs: LATENCY }));
    await page.waitForURL(new RegExp(`${BUILD_PREFIX}index\\.html`), { timeout: 60_000 });
  }
  await app.waitForFunction(
    () => (window as unknown as { __firstData?: number }).__firstData !== undefined,
    undefined,
    { timeout: 120_000 },
  );
  await app.waitForFunction(() => (window as unknown as { __complete?: number }).__complete !== undefined, undefined, {
    timeout: 120_000,
  });
  const { firstData, complete, timeOrigin } = await app.evaluate(() => ({
    firstData: (window as unknown as { __firstData: number }).__firstData,
    complete: (window as unknown as { __complete: number }).__complete,
    timeOrigin: performance.timeOrigin,
  }));
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
  const onIndex = finished.filter((f) => f.request.timing().startTime >= timeOrigin);
  const fhirFinished = onIndex.filter((f) => f.request.url().includes('/sandbox/fhir/'));
  const timed = (f: { request: Request; end: number }): Timed => ({ start: f.request.timing().startTime, end: f.end });
  const fhir: Timed[] = fhirFinished.map(timed);
  const firstPages: Timed[] = fhirFinished.filter((f) => !/[?&]_offset=[1-9]/.test(f.request.url())).map(timed);
  if (values.verbose) {
    for (const f of fhirFinished.sort((a, b) => a.request.timing().startTime - b.request.timing().startTime)) {
      const start = Math.round(f.request.timing().startTime - timeOrigin);
      const path = decodeURIComponent(
        new URL(f.request.url()).pathname.replace(/^.*\/fhir\//, '') + new URL(f.request.url()).search,
      );
      console.log(
        `  ${String(start).padStart(6)} → ${String(Math.round(f.end - timeOrigin)).padStart(6)} ms  ${short(path)}`,
      );
    }
    console.log(`  first data at ${Math.round(firstData)} ms, complete at ${Math.round(complete)} ms`);
  }
  const dataAt = timeOrigin + firstData;
  const before = fhir.filter((r) => r.start < dataAt);
  const token = onIndex.find((f) => f.request.url().includes('/sandbox/auth/token'));
  const sandbox = (await Promise.all(serverMs)).filter((n): n is number => n !== undefined);
  await context.close();
  return {
    timeToDataMs: Math.round(firstData),
    timeToCompleteMs: Math.round(complete),
    wavesToComplete: countWaves(fhir.filter((r) => r.start < timeOrigin + complete)),
    sandboxMedianMs: Math.round(median(sandbox) * 10) / 10,
    sandboxMaxMs: Math.round(Math.max(0, ...sandbox)),
    firstRequestMs: Math.round(Math.min(...fhir.map((r) => r.start)) - timeOrigin),
    tokenMs: token ? Math.round(token.end - token.request.timing().startTime) : 0,
    requestsBeforeData: before.length,
    requestsTotal: fhir.length,
    waves: countWaves(before),
    firstPageWaves: countWaves(firstPages.filter((r) => r.start < dataAt)),
  };
}

/** A long request path as its start and its end (the paging parameters are at the end). */
function short(path: string): string {
  return path.length <= 110 ? path : `${path.slice(0, 60)}…${path.slice(-49)}`;
}

function line(r: RunResult): string {
  return (
    `${r.timeToDataMs} ms to data, ${r.timeToCompleteMs} ms to complete; ` +
    `${r.requestsBeforeData} FHIR requests before data, ${r.requestsTotal} in all; ` +
    `${r.waves} wave(s) to data, ${r.wavesToComplete} to complete; ` +
    `first FHIR request at ${r.firstRequestMs} ms, token exchange ${r.tokenMs} ms; ` +
    `sandbox per request median ${r.sandboxMedianMs} ms, max ${r.sandboxMaxMs} ms`
  );
}

const strategies: readonly Strategy[] = values.dev
  ? ['parallel']
  : values.sequential
    ? ['sequential']
    : values.parallel
      ? ['parallel']
      : ['parallel', 'sequential', 'unlimited'];
const dev = await startDevServer();
const browser = await startBrowser();
const served = values.dev ? undefined : await serveBuild(dev);
try {
  const what = values.dev ? 'Vite dev server (unbundled modules)' : `production build served at ${BUILD_PREFIX}`;
  console.log(
    `Launch bench: ${what}; case ${values.case}, ${LATENCY} ms added latency, signal ${values.signal}, ${RUNS} runs`,
  );
  await run(browser, dev.origin); // warm-up: builds the patient's FHIR store and Vite's transforms
  const medians = new Map<Strategy, (k: keyof RunResult) => number>();
  for (const strategy of strategies) {
    if (served) applyStrategy(served.outDir, strategy);
    console.log(`strategy ${strategy}: ${describeStrategy(strategy)}`);
    const results: RunResult[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const r = await run(browser, dev.origin);
      results.push(r);
      console.log(`  run ${i}: ${line(r)}`);
    }
    const m = (k: keyof RunResult): number => median(results.map((r) => r[k]));
    medians.set(strategy, m);
    console.log(
      `  median: ${m('timeToDataMs')} ms to data, ${m('timeToCompleteMs')} ms to complete; ` +
        `${m('requestsTotal')} requests; ${m('waves')} wave(s) to data, ${m('wavesToComplete')} to complete; ` +
        `sandbox per request median ${m('sandboxMedianMs')} ms`,
    );
  }
  const fast = medians.get('parallel');
  const slow = medians.get('sequential');
  if (fast && slow) {
    const ratio = slow('timeToCompleteMs') / fast('timeToCompleteMs');
    console.log(`complete assessment: ${ratio.toFixed(1)}x faster side by side than one page after another`);
  }
} finally {
  await browser.close();
  await dev.close();
  served?.remove();
}
