import type { ReactElement } from 'react';
import type { Policy } from '../../rules/types';
import { formatInstant } from '../shared/format';
import { CopyToNote } from '../note/copy-to-note';
import { PolicySwitch } from './policy-switch';

interface ContextBarProps {
  readonly fetchedAt?: string;
  readonly policy: Policy;
  readonly onPolicyChange: (policy: Policy) => void;
  readonly onRefresh: () => void;
  /** Absent until there is an assessment to copy. */
  readonly getNoteText?: () => string | Promise<string>;
}

/** When the data was read, which label rules apply, and the actions on the whole screen. */
export function ContextBar({
  fetchedAt,
  policy,
  onPolicyChange,
  onRefresh,
  getNoteText,
}: ContextBarProps): ReactElement {
  return (
    <section className="rm-context" aria-labelledby="rm-context-heading">
      <h2 id="rm-context-heading" className="rm-visually-hidden">
        Data, label rules and actions
      </h2>
      <div className="rm-context-row">
        <p className="rm-asof">
          Data as of <strong>{fetchedAt ? formatInstant(fetchedAt) : 'not yet loaded'}</strong>
        </p>
        <button type="button" onClick={onRefresh}>
          Refresh
        </button>
        {getNoteText && <CopyToNote getText={getNoteText} />}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <PolicySwitch policy={policy} onPolicyChange={onPolicyChange} />
      <p className="rm-benefit">
        Context, not a rule: riluzole’s benefit is modest — about 2–3 months’ longer median survival, and 1-year
        survival about 9 percentage points higher (Cochrane review, 2012).
      </p>
    </section>
  );
}
