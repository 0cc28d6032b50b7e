import type { ReactElement } from 'react';
import type { Policy } from '../../rules/types';

interface PolicySwitchProps {
  readonly policy: Policy;
  readonly onPolicyChange: (policy: Policy) => void;
}

const OPTIONS: readonly { readonly value: Policy; readonly label: string }[] = [
  { value: 'us', label: 'US label (FDA)' },
  { value: 'eu', label: 'EU label (EMA SmPC)' },
];

/** Native radios: arrow keys move between them, and the group is announced with its legend. */
export function PolicySwitch({ policy, onPolicyChange }: PolicySwitchProps): ReactElement {
  return (
    <fieldset className="rm-policy">
      <legend>Label rules for this session</legend>
      {OPTIONS.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name="rm-policy"
            value={o.value}
            checked={policy === o.value}
            onChange={() => onPolicyChange(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
