import type { ReactElement, ReactNode } from 'react';
import { StatusIcon } from './status-icon';
import type { Tone } from './tone';

interface StatusBadgeProps {
  readonly tone: Tone;
  readonly children: ReactNode;
  /** Grey, keeping the icon: for a zero count, which is not an alarm. */
  readonly muted?: boolean;
}

/** Colour, icon and words together, so status never rests on colour alone. */
export function StatusBadge({ tone, children, muted }: StatusBadgeProps): ReactElement {
  return (
    <span className={`rm-badge rm-tone-${muted ? 'pending' : tone}`}>
      <StatusIcon tone={tone} />
      <span>{children}</span>
    </span>
  );
}
