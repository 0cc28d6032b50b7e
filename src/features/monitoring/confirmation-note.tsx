import type { ReactElement } from 'react';
import type { Assessment, ConfirmAnalyte, UlnReading } from '../../rules/types';
import { describeEvidence, formatDate } from '../shared/format';

interface ConfirmationNoteProps {
  readonly assessment: Assessment;
}

const TEST_NAMES: Readonly<Record<ConfirmAnalyte, string>> = {
  alt: 'ALT',
  ast: 'AST',
  alp: 'ALP',
  bilirubinTotal: 'total bilirubin',
};

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function ulnWords(u: UlnReading): string {
  switch (u) {
    case 'within':
      return 'back within the ULN';
    case 'above':
      return 'still above the ULN';
    case 'unknown':
      return 'not judgeable against the ULN';
  }
}

/**
 * The confirmation point after a raised result and, after a stop, the liver tests since it
 * (spec v3 §5, docs/clinical-spec.md). Every date and reading comes from the assessment.
 */
export function ConfirmationNote({ assessment }: ConfirmationNoteProps): ReactElement | null {
  const { confirmation: c, sinceStop: s } = assessment.monitoring;
  if (!c && !s) return null;
  const raised = c?.raised.map((e) => describeEvidence(e)).join(' with ');
  const tests = c ? list(c.tests.map((t) => TEST_NAMES[t])) : '';
  return (
    <div className="rm-confirmation" data-testid="confirmation">
      {c && c.state !== 'answered' && (
        <p className="rm-next-due">
          {c.state === 'overdue'
            ? `Repeat ${tests} now: the confirmation of ${raised} was due by ${formatDate(c.due)}.`
            : `Repeat ${tests} by ${formatDate(c.due)}, to confirm ${raised} and see whether it is rising or falling.`}
          {c.outstanding.length < c.tests.length &&
            ` Drawn since: ${c.answeredBy.map((e) => describeEvidence(e)).join('; ')}; still ` +
              `needed: ${list(c.outstanding.map((t) => TEST_NAMES[t]))}.`}
        </p>
      )}
      {c && c.state === 'answered' && (
        <p>
          {`The raised result (${raised}) was repeated: ${c.answeredBy.map((e) => describeEvidence(e)).join('; ')}.`}
        </p>
      )}
      {s && (
        <p>
          {s.latest.length === 0
            ? `No liver test since the stop on ${formatDate(s.stoppedOn)}.`
            : `Since the stop on ${formatDate(s.stoppedOn)}: ${s.latest
                .map((l) => `${describeEvidence(l.result)}, ${ulnWords(l.uln)}`)
                .join('; ')}.`}{' '}
          Further follow-up is the clinic&apos;s protocol: the labels set no interval.
        </p>
      )}
    </div>
  );
}
