import { describe, expect, it } from 'vitest';
import { fhirDuration, sandboxTimingLine } from '../../bench/server-timing';

describe("the bench's reading of the sandbox's Server-Timing", () => {
  it('takes the fhir duration, not the added latency', () => {
    expect(fhirDuration('fhir;dur=12.5, latency;dur=100')).toBe(12.5);
    expect(fhirDuration('latency;dur=100, fhir;dur=3')).toBe(3);
    expect(fhirDuration(null)).toBeUndefined();
    expect(fhirDuration('latency;dur=100')).toBeUndefined();
  });

  it('reports the median and p95 over the answers', () => {
    const times = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20 ms
    expect(sandboxTimingLine(times)).toMatch(/median 10\.0 ms, p95 19\.0 ms, max 20\.0 ms over 20 answers/);
    expect(sandboxTimingLine([])).toMatch(/no Server-Timing header/);
  });
});
