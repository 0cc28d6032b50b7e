import type { ReactElement } from 'react';
import type { Finding } from '../../rules/types';
import { FindingItem } from './finding-item';

interface FindingListProps {
  readonly findings: readonly Finding[];
  /** What to say when there are none; callers make it honest about loading and failed reads. */
  readonly empty: string;
}

/**
 * Keys that stay with their finding when the list changes (an open evidence disclosure must not
 * jump to another finding). A code can repeat in one list, so the evidence ids join it, and an
 * occurrence number settles any exact repeat.
 */
function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.code}|${f.evidence.map((e) => `${e.resourceType}/${e.id}`).join(',')}|${f.title}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

export function FindingList({ findings, empty }: FindingListProps): ReactElement {
  if (findings.length === 0) return <p className="rm-muted">{empty}</p>;
  const keys = findingKeys(findings);
  return (
    <ul className="rm-findings">
      {findings.map((f, i) => (
        <FindingItem key={keys[i]} finding={f} />
      ))}
    </ul>
  );
}
