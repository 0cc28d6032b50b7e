import type { ReactElement } from 'react';
import { ContextBar } from '../context/context-bar';
import { DataNotesPanel } from '../data-notes/data-notes-panel';
import { EligibilityPanel } from '../eligibility/eligibility-panel';
import { FlaggedLabsPanel } from '../flagged-labs/flagged-labs-panel';
import { MedicationsPanel } from '../medications/medications-panel';
import { MonitoringPanel } from '../monitoring/monitoring-panel';
import { RecordsPanel } from '../records/records-panel';
import { buildNoteText } from '../note/build-note-text';
import { SummaryLine } from '../summary/summary-line';
import { SupportivePanel } from '../supportive/supportive-panel';
import { TrendsPanel } from '../trends/trends-panel';
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
        getNoteText={assessment ? () => buildNoteText(assessment, patient, reads) : undefined}
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
                  <FlaggedLabsPanel assessment={assessment} reads={reads} />
                  <EligibilityPanel assessment={assessment} data={data} reads={reads} />
                </>
              ) : (
                <>
                  <EligibilityPanel assessment={assessment} data={data} reads={reads} />
                  <FlaggedLabsPanel assessment={assessment} reads={reads} />
                  <MonitoringPanel assessment={assessment} reads={reads} />
                </>
              )}
              <SupportivePanel assessment={assessment} reads={reads} />
            </div>
            <div className="rm-col">
              <TrendsPanel assessment={assessment} reads={reads} />
              <MedicationsPanel assessment={assessment} data={data} reads={reads} />
            </div>
          </>
        ) : null}
        <div className="rm-wide">
          <RecordsPanel data={data} reads={reads} />
        </div>
        <div className="rm-wide">
          <DataNotesPanel
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
