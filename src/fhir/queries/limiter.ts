/**
 * At most N requests in flight to one FHIR server, for every read of the app together (issue 11):
 * HTTP/1.1 browsers open 6 connections per origin, and an EHR may throttle a client that floods it.
 * A waiting request with a smaller page (`_count`) goes first, so a short read is not queued behind
 * a history's large pages; among equals, the order they were asked, so the newest slice goes first.
 */
import type { FhirGateway } from './fhir-gateway';

export interface Limiter {
  /** Runs `task` once a slot is free; among waiting tasks, the lowest `priority` first (default 0). */
  run<T>(task: () => Promise<T>, priority?: number): Promise<T>;
  readonly inFlight: () => number;
}

export function createLimiter(max: number): Limiter {
  let running = 0;
  // Kept in priority order, first asked first among equals.
  const waiting: { readonly priority: number; readonly start: () => void }[] = [];
  const release = (): void => {
    running--;
    waiting.shift()?.start();
  };
  const wait = (priority: number): Promise<void> =>
    new Promise<void>((start) => {
      const at = waiting.findIndex((w) => w.priority > priority);
      waiting.splice(at < 0 ? waiting.length : at, 0, { priority, start });
    });
  return {
    async run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
      if (running >= max) await wait(priority);
      running++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    inFlight: () => running,
  };
}

/** The results a request asks for: its `_count`, or 1 for a read by id. */
function pageOf(pathOrUrl: string): number {
  const m = /[?&]_count=(\d+)/.exec(pathOrUrl);
  return m ? Number(m[1]) : 1;
}

/** The launch's gateways, each with its limiter: one gateway is one FHIR server for a launch. */
const limited = new WeakMap<FhirGateway, FhirGateway>();

/**
 * The gateway with its requests through one limiter. The same gateway object always gets the same
 * wrapper, so every read of the launch (first pages, slices, the Medication batch) shares it.
 */
export function limitedGateway(gateway: FhirGateway, maxInFlight: number): FhirGateway {
  const known = limited.get(gateway);
  if (known) return known;
  const limiter = createLimiter(maxInFlight);
  const wrapped: FhirGateway = {
    serverUrl: gateway.serverUrl,
    patientId: gateway.patientId,
    grantedScopes: gateway.grantedScopes,
    needPatientBanner: gateway.needPatientBanner,
    request: (pathOrUrl, signal) => limiter.run(() => gateway.request(pathOrUrl, signal), pageOf(pathOrUrl)),
  };
  limited.set(gateway, wrapped);
  // A wrapper passed in again is already limited.
  limited.set(wrapped, wrapped);
  return wrapped;
}
