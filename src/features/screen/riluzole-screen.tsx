import type { ReactElement } from 'react';
import { ContextBar } from '../context/context-bar';
import { EligibilityPanel } from '../eligibility/eligibility-panel';
import { MonitoringPanel } from '../monitoring/monitoring-panel';
import { SummaryLine } from '../summary/summary-line';
import {
  buildNoteTextLater,
  LazyDataNotesPanel,
  LazyFlaggedLabsPanel,
  LazyMedicationsPanel,
  LazyRecordsPanel,
  LazySupportivePanel,
  LazyTrendsPanel,
} from './lazy-panels';
import { NotAssessedPanels } from './not-assessed-panels';
import { PrintHeader } from './print-header';
import type { ScreenProps } from './screen-props';
import '../shared/base.css';
import '../shared/lists.css';
import '../flagged-labs/tables.css';
import '../monitoring/timeline.css';
import '../trends/trends.css';
import '../records/records.css';
import './layout.css';
import './print.css';

/**
 * The clinician screen. Renders whatever has arrived: the summary and the reads' progress at once,
 * the panels as soon as there is an assessment (which the app recomputes as later pages arrive).
 */
export function RiluzoleScreen(props: Readonly<ScreenProps>): ReactElement {
  const { assessment, reads, data } = props;
  const patient = props.patient ?? assessment?.patient;
  const onCourse = assessment?.treatment.status === 'on-riluzole' || assessment?.treatment.status === 'paused';
  return (
    <div className="rm-screen" data-testid="riluzole-screen" data-complete={props.complete ? 'true' : 'false'}>
      <PrintHeader patient={patient} />
      <SummaryLine assessment={assessment} reads={reads} />
      <ContextBar
        fetchedAt={props.fetchedAt}
        policy={props.policy}
        onPolicyChange={props.onPolicyChange}
        onRefresh={props.onRefresh}
        getNoteText={assessment ? () => buildNoteTextLater(assessment, patient, reads) : undefined}
      />
      {/* One tree for both states, so the records and data notes keep their place (and a
          keyboard user's focus on a Retry button) when the assessment arrives. */}
      <div className="rm-columns">
        {assessment?.notAssessed ? (
          <div className="rm-col">
            <NotAssessedPanels assessment={assessment} reason={assessment.notAssessed.reason} />
          </div>
        ) : assessment ? (
          <>
            <div className="rm-col">
              {/* On treatment, the schedule and the flags come first; before it, eligibility does. */}
              {onCourse ? (
                <>
                  <MonitoringPanel assessment={assessment} reads={reads} />
                  <LazyFlaggedLabsPanel assessment={assessment} reads={reads} />
                  <EligibilityPanel assessment={assessment} data={data} reads={reads} />
                </>
              ) : (
                <>
                  <EligibilityPanel assessment={assessment} data={data} reads={reads} />
                  <LazyFlaggedLabsPanel assessment={assessment} reads={reads} />
                  <MonitoringPanel assessment={assessment} reads={reads} />
                </>
              )}
              <LazySupportivePanel assessment={assessment} reads={reads} />
            </div>
            <div className="rm-col">
              <LazyTrendsPanel assessment={assessment} reads={reads} />
              <LazyMedicationsPanel assessment={assessment} data={data} reads={reads} />
            </div>
          </>
        ) : null}
        <div className="rm-wide">
          <LazyRecordsPanel data={data} reads={reads} />
        </div>
        <div className="rm-wide">
          <LazyDataNotesPanel
            {...(assessment ? { assessment } : {})}
            reads={reads}
            grantedScopes={props.grantedScopes}
            onRetry={props.onRetry}
          />
        </div>
      </div>
    </div>
  );
}
