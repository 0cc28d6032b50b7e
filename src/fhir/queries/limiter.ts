/**
 * At most N requests in flight to one FHIR server, for every read of the app together (issue 11):
 * HTTP/1.1 browsers open 6 connections per origin, and an EHR may throttle a client that floods it.
 * Requests wait in the order they were asked, so the newest slice, asked first, goes first.
 */
import type { FhirGateway } from './fhir-gateway';

export interface Limiter {
  /** Runs `task` once a slot is free. */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly inFlight: () => number;
}

export function createLimiter(max: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
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
    request: (pathOrUrl, signal) => limiter.run(() => gateway.request(pathOrUrl, signal)),
  };
  limited.set(gateway, wrapped);
  // A wrapper passed in again is already limited.
  limited.set(wrapped, wrapped);
  return wrapped;
}
