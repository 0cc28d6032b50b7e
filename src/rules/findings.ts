/**
 * Merging and ordering findings (spec §8): each code once, at its highest severity, evidence
 * merged; ordered by severity, then newest evidence date, then code.
 */
import type { Evidence, Finding, Severity } from './types';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

/** Lower is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s];
}

function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of [...a, ...b]) {
    const key = `${e.resourceType}/${e.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function newestDate(f: Finding): string {
  return f.evidence.reduce((max, e) => (e.date && e.date > max ? e.date : max), '');
}

/** Order: severity, then newest evidence date (newest first), then code. */
export function compareFindings(a: Finding, b: Finding): number {
  const s = severityRank(a.severity) - severityRank(b.severity);
  if (s !== 0) return s;
  const da = newestDate(a);
  const db = newestDate(b);
  if (da !== db) return da > db ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Each code once: the most severe version's words and source, with every version's evidence. */
export function mergeFindings(findings: readonly Finding[]): Finding[] {
  const byCode = new Map<string, Finding>();
  for (const f of findings) {
    const prev = byCode.get(f.code);
    if (!prev) {
      byCode.set(f.code, f);
      continue;
    }
    const winner = severityRank(f.severity) < severityRank(prev.severity) ? f : prev;
    byCode.set(f.code, {
      ...winner,
      evidence: mergeEvidence(winner.evidence, winner === f ? prev.evidence : f.evidence),
    });
  }
  return [...byCode.values()].sort(compareFindings);
}
