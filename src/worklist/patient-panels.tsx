import type { ReactElement } from 'react';
import { EligibilityPanel } from '../features/eligibility/eligibility-panel';
import { FlaggedLabsPanel } from '../features/flagged-labs/flagged-labs-panel';
import { MedicationsPanel } from '../features/medications/medications-panel';
import { MonitoringPanel } from '../features/monitoring/monitoring-panel';
import { NotAssessedPanels } from '../features/screen/not-assessed-panels';
import { SupportivePanel } from '../features/supportive/supportive-panel';
import { TrendsPanel } from '../features/trends/trends-panel';
import type { ReadState } from '../fhir/queries/read-state';
import type { Assessment } from '../rules/types';
import '../features/shared/base.css';
import '../features/shared/lists.css';
import '../features/flagged-labs/tables.css';
import '../features/monitoring/timeline.css';
import '../features/trends/trends.css';
import '../features/screen/layout.css';

interface PatientPanelsProps {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
  /** Why the patient could not be assessed at all, when so. */
  readonly notAssessed: string | null;
}

/**
 * The app's panels over the stored assessment, in the app's order (src/features/screen): on a course
 * the schedule and flags first, before it eligibility. The raw records are not stored with a run, so
 * the records panel of the app is not shown.
 */
export function PatientPanels({ assessment, reads, notAssessed }: PatientPanelsProps): ReactElement {
  const onCourse = assessment.treatment.status === 'on-riluzole' || assessment.treatment.status === 'paused';
  const reason = notAssessed ?? assessment.notAssessed?.reason;
  return (
    <div className="rm-screen">
      <div className="rm-columns">
        {reason !== undefined ? (
          <div className="rm-col">
            <NotAssessedPanels assessment={assessment} reason={reason} />
          </div>
        ) : (
          <>
            <div className="rm-col">
              {onCourse ? (
                <>
                  <MonitoringPanel assessment={assessment} reads={reads} />
                  <FlaggedLabsPanel assessment={assessment} reads={reads} />
                  <EligibilityPanel assessment={assessment} reads={reads} />
                </>
              ) : (
                <>
                  <EligibilityPanel assessment={assessment} reads={reads} />
                  <FlaggedLabsPanel assessment={assessment} reads={reads} />
                  <MonitoringPanel assessment={assessment} reads={reads} />
                </>
              )}
              <SupportivePanel assessment={assessment} reads={reads} />
            </div>
            <div className="rm-col">
              <TrendsPanel assessment={assessment} reads={reads} />
              <MedicationsPanel assessment={assessment} reads={reads} />
            </div>
          </>
        )}
      </div>
    </div>
  );
}
