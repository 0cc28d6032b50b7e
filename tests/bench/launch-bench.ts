/**
 * `npm run bench`: how fast the app shows data for the ten-year patient, launched through the
 * sandbox in Chromium with 100 ms added to every FHIR response. Prints, per run and as medians:
 * the time from index.html's navigation start to the first data on screen, the FHIR requests
 * made, and the number of sequential request waves before the data showed (goal: 1).
 *
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
import { sandboxTimes, sandboxTimingLine } from './server-timing';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    case: { type: 'string', default: 'ten-year-history' },
    latency: { type: 'string', default: '100' },
    signal: { type: 'string', default: process.env.BENCH_SIGNAL ?? '[data-testid="first-data"]' },
    verbose: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const LATENCY = Number(values.latency);

interface RunResult {
  readonly timeToDataMs: number;
  /** index.html navigation start → first FHIR request: page load, ready() and the token exchange. */
  readonly firstRequestMs: number;
  readonly tokenMs: number;
  readonly requestsBeforeData: number;
  readonly requestsTotal: number;
  readonly waves: number;
  /** Waves among first pages only (follow-up `next` pages necessarily wait for their page). */
  readonly firstPageWaves: number;
  /** The sandbox's own time per FHIR answer, ms (server-timing.ts). */
  readonly sandboxMs: readonly number[];
}

async function run(browser: Browser, origin: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Stamp the moment the signal element first exists, from inside index.html (no polling lag).
  await context.addInitScript((selector: string) => {
    if (!location.pathname.endsWith('/index.html')) return;
    const w = window as unknown as { __firstData?: number };
    new MutationObserver((_m, observer) => {
      if (w.__firstData === undefined && document.querySelector(selector)) {
        w.__firstData = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  }, values.signal);
  const page = await context.newPage();
  const finished: { request: Request; end: number }[] = [];
  page.on('requestfinished', (request) => {
    const t = request.timing();
    finished.push({ request, end: t.startTime + t.responseEnd });
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
  const { firstData, timeOrigin } = await app.evaluate(() => ({
    firstData: (window as unknown as { __firstData: number }).__firstData,
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
        `  ${String(start).padStart(6)} → ${String(Math.round(f.end - timeOrigin)).padStart(6)} ms  ${path.slice(0, 110)}`,
      );
    }
    console.log(`  first data at ${Math.round(firstData)} ms`);
  }
  const dataAt = timeOrigin + firstData;
  const before = fhir.filter((r) => r.start < dataAt);
  const token = onIndex.find((f) => f.request.url().includes('/sandbox/auth/token'));
  const sandboxMs = await sandboxTimes(fhirFinished.map((f) => f.request));
  await context.close();
  return {
    timeToDataMs: Math.round(firstData),
    firstRequestMs: Math.round(Math.min(...fhir.map((r) => r.start)) - timeOrigin),
    tokenMs: token ? Math.round(token.end - token.request.timing().startTime) : 0,
    requestsBeforeData: before.length,
    requestsTotal: fhir.length,
    waves: countWaves(before),
    firstPageWaves: countWaves(firstPages.filter((r) => r.start < dataAt)),
    sandboxMs,
  };
}

const dev = await startDevServer();
const browser = await startBrowser();
const served = values.dev ? undefined : await serveBuild(dev);
try {
  const what = values.dev ? 'Vite dev server (unbundled modules)' : `production build served at ${BUILD_PREFIX}`;
  console.log(
    `Launch bench: ${what}; case ${values.case}, ${LATENCY} ms added latency, signal ${values.signal}, ${RUNS} runs`,
  );
  await run(browser, dev.origin); // warm-up: builds the patient's FHIR store and Vite's transforms
  const results: RunResult[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const r = await run(browser, dev.origin);
    results.push(r);
    console.log(
      `run ${i}: ${r.timeToDataMs} ms index.html → data (first FHIR request at ${r.firstRequestMs} ms); ` +
        `${r.requestsBeforeData} FHIR requests before data ` +
        `(${r.requestsTotal} in all); ${r.waves} wave(s), ${r.firstPageWaves} among first pages; token exchange ${r.tokenMs} ms`,
    );
  }
  const m = (k: Exclude<keyof RunResult, 'sandboxMs'>): number => median(results.map((r) => r[k]));
  console.log(
    `median: ${m('timeToDataMs')} ms index.html → data (first FHIR request at ${m('firstRequestMs')} ms); ` +
      `${m('requestsBeforeData')} FHIR requests before data ` +
      `(${m('requestsTotal')} in all); ${m('waves')} wave(s), ${m('firstPageWaves')} among first pages`,
  );
  console.log(sandboxTimingLine(results.flatMap((r) => r.sandboxMs)));
} finally {
  await browser.close();
  await dev.close();
  served?.remove();
}
