/**
 * The sandbox's own time per FHIR answer (issue 11.4), from the `Server-Timing: fhir;dur=…` header it
 * sends (src/sandbox/middleware.ts), without the latency the launch adds: so that `npm run bench`
 * can show whether it measures the app or the sandbox. Kept apart from launch-bench.ts's strategy.
 */
import type { Request } from 'playwright-core';

/** The `fhir` duration of a Server-Timing value, in ms; undefined when absent. */
export function fhirDuration(header: string | null | undefined): number | undefined {
  const match = /(?:^|,)\s*fhir;dur=([\d.]+)/.exec(header ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The sandbox's own time for each of these FHIR requests that has an answer with the header. */
export async function sandboxTimes(requests: readonly Request[]): Promise<number[]> {
  const times = await Promise.all(
    requests.map(async (r) => fhirDuration(await (await r.response())?.headerValue('server-timing'))),
  );
  return times.filter((t): t is number => t !== undefined);
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/** One line for the bench's report: median and p95 of the sandbox's own time per FHIR answer. */
export function sandboxTimingLine(times: readonly number[]): string {
  if (times.length === 0) return 'sandbox: no Server-Timing header on its FHIR answers';
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (x: number): string => `${x.toFixed(1)} ms`;
  return (
    `sandbox's own time per FHIR answer (Server-Timing, without the added latency): median ` +
    `${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1] ?? 0)} ` +
    `over ${times.length} answers`
  );
}
