import type { ReactElement } from 'react';
import { conditionStatusText } from '../../rules';
import type { Evidence } from '../../rules/types';
import { cleanDisplay, formatDate } from '../shared/format';

interface CountedConditionsProps {
  /** The assessment's counted conditions; absent when the conditions could not be read. */
  readonly conditions?: readonly Evidence[];
}

/**
 * The conditions the eligibility rows counted, each with its own clinical and verification status as
 * recorded ("ALS (G12.21): active, confirmed"), so a provisional diagnosis never reads as a confirmed one.
 */
export function CountedConditions({ conditions }: CountedConditionsProps): ReactElement | null {
  if (!conditions || conditions.length === 0) return null;
  return (
    <>
      <h3>Conditions counted, as recorded</h3>
      <ul className="rm-plain-list" aria-label="Conditions counted">
        {conditions.map((c) => (
          <li key={c.id}>
            {conditionStatusText({ ...c, display: cleanDisplay(c.display) })}
            {c.date ? `; onset or recorded ${formatDate(c.date)}` : '; no onset or recorded date'}
          </li>
        ))}
      </ul>
    </>
  );
}
