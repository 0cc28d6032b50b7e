import { DATA_SOURCES } from '../../fhir/queries/read-sources';
import type { ReadState } from '../../fhir/queries/read-state';
import { NOT_ASSESSED_WORDS } from '../../rules';
import { ANALYTES, type Assessment, type Finding, type PatientRecord } from '../../rules/types';
import { availabilityFor, type DataKind } from '../shared/availability';
import { resultText } from '../../rules';
import { describeEvidence, formatDate } from '../shared/format';
import { describeSource } from '../shared/source-text';
import { confirmationDrives } from '../shared/status-chips';
import { eligibilityLabel, monitoringLabel, severityLabel } from '../shared/tone';
import { summarize } from '../summary/summarize';

const KINDS: readonly DataKind[] = DATA_SOURCES;

const KIND_NAMES: Readonly<Record<DataKind, string>> = {
  patient: 'Patient record',
  labs: 'Lab results',
  medications: 'Medications',
  conditions: 'Conditions',
  allergies: 'Allergies',
  'pregnancy-status': 'Pregnancy status',
  'breastfeeding-status': 'Breast-feeding status',
  smoking: 'Smoking status',
  'vital-signs': 'Vital signs (weight, BMI, temperature)',
  'lung-function': 'Lung function (FVC)',
};

function findingLines(f: Finding): string[] {
  const lines = [`- [${severityLabel(f.severity)}] ${f.title}: ${f.detail} (${describeSource(f.source).text})`];
  for (const e of f.evidence) lines.push(`    ${describeEvidence(e)} [${e.resourceType}/${e.id}]`);
  return lines;
}

function treatmentLine(a: Assessment): string {
  const { status, courseStart, dailyDoseMg } = a.treatment;
  const start = courseStart ? ` since ${formatDate(courseStart)}` : '';
  const dose = dailyDoseMg !== undefined ? `, ${dailyDoseMg} mg a day` : '';
  switch (status) {
    case 'on-riluzole':
      return `On riluzole${start}${dose}`;
    case 'paused':
      return `Riluzole on hold (course start ${courseStart ? formatDate(courseStart) : 'unknown'})`;
    case 'stopped':
      return 'Riluzole stopped';
    case 'never':
      return 'No riluzole recorded';
  }
}

/**
 * A plain-text summary a nurse can paste into the chart. Pure: same inputs, same text. Dates are
 * written in full so the note stays readable next year.
 */
export function buildNoteText(
  assessment: Assessment,
  patient: PatientRecord | undefined,
  reads: readonly ReadState[],
): string {
  const who = patient ?? assessment.patient;
  const summary = summarize(assessment, reads);
  const a = assessment;
  const head = [
    `Riluzole monitoring summary: ${who.name ?? 'name not given'}` +
      `${who.birthDate ? `, born ${formatDate(who.birthDate)}` : ''}`,
    `As of ${formatDate(a.asOf)}; ${a.policy === 'us' ? 'US (FDA) label' : 'EU (EMA SmPC) label'} policy.`,
    `${summary.lead}: ${summary.text}`,
    '',
  ];
  const lines = a.notAssessed ? [...head, ...notAssessedLines(a)] : [...head, ...assessedLines(a)];
  appendGaps(lines, reads);
  lines.push('', 'From Riluzole Monitor (decision support); verify against the source records.');
  // Plain spaces for the chart: some EHR note editors show no-break spaces as odd characters.
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Issue 8.2: every status says the assessment could not be made; the results are still listed. */
function notAssessedLines(a: Assessment): string[] {
  const lines = ['Treatment', 'Eligibility', 'Monitoring'].map((what) => `${what}: ${NOT_ASSESSED_WORDS}.`);
  const results = ANALYTES.flatMap((k) => a.labs[k] ?? []);
  lines.push('', results.length > 0 ? 'Results on record:' : 'Results on record: none could be listed.');
  for (const r of results) lines.push(`- ${describeEvidence(r)} [${r.resourceType}/${r.id}]`);
  return lines;
}

function assessedLines(a: Assessment): string[] {
  const lines = [
    `Treatment: ${treatmentLine(a)}.`,
    `Eligibility${a.treatment.status === 'on-riluzole' ? ' at the course start' : ''}` +
      `: ${eligibilityLabel(a.eligibility.status)}.`,
    // After a stop advice, a "next ALT due" date would read as "carry on".
    `Monitoring: ${monitoringLabel(a.monitoring.status, confirmationDrives(a))}` +
      (a.monitoring.nextDue && a.monitoring.status !== 'stop-recommended'
        ? `; next ${confirmationDrives(a) ? 'ALT, AST, ALP and bilirubin' : 'ALT'} due ` +
          formatDate(a.monitoring.nextDue)
        : '') +
      '.',
  ];
  const latestAlt = a.labs.alt?.[0];
  if (latestAlt) {
    // The rules' words (spec §1 "Display"): "<300 U/L (at most 7.5× ULN)", never "300 U/L (7.5× ULN)".
    const shown = resultText(latestAlt);
    const writtenNumber = Number(/-?\d+(?:\.\d+)?/.exec(latestAlt.originalValue)?.[0]);
    const reported =
      Number.isFinite(writtenNumber) && writtenNumber !== latestAlt.value
        ? ` (reported as ${latestAlt.originalValue} ${latestAlt.originalUnit})`
        : '';
    const unjudged = latestAlt.flag === 'unjudgeable' ? '; cannot be judged against the ULN' : '';
    lines.push(`Latest ALT: ${shown} on ${formatDate(latestAlt.date)}${reported}${unjudged}.`);
  }
  lines.push('', a.findings.length > 0 ? 'Findings:' : 'Findings: no finding from the data read.');
  for (const f of a.findings) lines.push(...findingLines(f));
  return lines;
}

function appendGaps(lines: string[], reads: readonly ReadState[]): void {
  const gaps = KINDS.map((k) => ({ k, av: availabilityFor(reads, k) })).filter(({ av }) => av.kind !== 'complete');
  if (gaps.length > 0) {
    lines.push('', 'Data gaps:');
    for (const { k, av } of gaps) {
      const what =
        av.kind === 'failed'
          ? `could not be read (${av.message})`
          : av.kind === 'loading'
            ? 'still loading'
            : 'more pages exist than were read';
      lines.push(`- ${KIND_NAMES[k]}: ${what}`);
    }
  }
}
