import type { ReactElement } from 'react';
import type { Finding } from '../../rules/types';
import { FindingItem } from './finding-item';

interface FindingListProps {
  readonly findings: readonly Finding[];
  /** What to say when there are none; callers make it honest about loading and failed reads. */
  readonly empty: string;
}

export function FindingList({ findings, empty }: FindingListProps): ReactElement {
  if (findings.length === 0) return <p className="rm-muted">{empty}</p>;
  return (
    <ul className="rm-findings">
      {findings.map((f) => (
        <FindingItem key={f.code} finding={f} />
      ))}
    </ul>
  );
}
