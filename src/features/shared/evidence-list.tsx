import type { ReactElement } from 'react';
import { conditionStatusText } from '../../rules';
import type { Evidence } from '../../rules/types';
import { cleanDisplay, describeUln, formatDate, formatResultMultiple, formatResultValue } from './format';

interface EvidenceListProps {
  readonly evidence: readonly Evidence[];
}

/** The FHIR resources behind a finding, each with its value, date, ULN and where the ULN came from. */
export function EvidenceList({ evidence }: EvidenceListProps): ReactElement {
  if (evidence.length === 0) {
    return (
      <p className="rm-muted">No FHIR resource: this finding is about data that was not found (see Data notes).</p>
    );
  }
  return (
    <ul className="rm-evidence-list">
      {evidence.map((e) => (
        <li key={`${e.resourceType}/${e.id}`}>
          <span className="rm-ev-main">
            {/* A condition with its own recorded statuses ("ILD: active, provisional"), never reworded. */}
            {e.resourceType === 'Condition'
              ? conditionStatusText({ ...e, display: cleanDisplay(e.display) })
              : cleanDisplay(e.display)}
            {e.value !== undefined && <>: {formatResultValue(e)}</>}
            {formatResultMultiple(e) !== undefined && <> ({formatResultMultiple(e)})</>}
            {/* Grade 0 is no grade: only an abnormal result has one. */}
            {e.grade !== undefined && e.grade > 0 && <>, CTCAE grade {e.grade}</>}
            {e.date && <>, {formatDate(e.date)}</>}
          </span>
          {describeUln(e) && <span className="rm-ev-uln">{describeUln(e)}</span>}
          <span className="rm-ev-id">
            FHIR <code>{`${e.resourceType}/${e.id}`}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
