import { NOT_ASSESSED_WORDS, resultText } from '../rules';
import { ANALYTES, type Analyte, type Assessment, type DataNote, type Evidence, type Finding } from '../rules/types';

/** The liver tests whose latest result the text summary names (spec §5). */
const LATEST_SHOWN: readonly [Analyte, string][] = [
  ['alt', 'ALT'],
  ['ast', 'AST'],
  ['bilirubinTotal', 'total bilirubin'],
];

/**
 * A short human summary of one assessment: who, treatment, eligibility, monitoring, the findings
 * that need a clinician (critical and warning, with their detail and source), and how many data
 * notes of each kind. The JSON output is the full record; this is for reading in a terminal.
 */
export function formatText(assessment: Assessment): string {
  const { patient, treatment, eligibility, monitoring } = assessment;
  const who = patient.name ? `${patient.name} (${patient.id})` : patient.id;
  const born = [patient.sex, patient.birthDate && `born ${patient.birthDate}`].filter(Boolean).join(', ');
  const head =
    `Patient ${who}${born ? `, ${born}` : ''}: as of ${assessment.asOf}` + `, ${assessment.policy.toUpperCase()} label`;
  if (assessment.notAssessed) return notAssessedText(head, assessment, assessment.notAssessed.reason);
  const lines = [
    head,
    `  Treatment: ${treatment.status}${treatmentDetail(assessment)}`,
    `  Eligibility: ${eligibility.status} (baseline window ${eligibility.window.from} to ${eligibility.window.to})`,
    ...codeList(eligibility.findings),
    `  Monitoring: ${monitoring.status}${monitoring.suspended ? ', routine schedule suspended' : ''}` +
      `${monitoring.nextDue ? `, next due ${monitoring.nextDue}` : ''}`,
    ...codeList(monitoring.findings),
    ...latestLine(assessment),
  ];
  const serious = assessment.findings.filter((f) => f.severity !== 'info');
  if (serious.length > 0) {
    lines.push('  Findings:');
    for (const finding of serious) {
      lines.push(`    [${finding.severity}] ${finding.code}: ${finding.title}`);
      if (finding.detail) lines.push(`      ${finding.detail}`);
      if (finding.source) lines.push(`      Source: ${finding.source}`);
    }
  }
  lines.push(`  Data notes: ${noteCounts(assessment.dataNotes)}`);
  return lines.join('\n');
}

/** Issue 8.2: no status is printed when the assessment could not be made; the results are. */
function notAssessedText(head: string, assessment: Assessment, reason: string): string {
  const lines = [head, ...['Treatment', 'Eligibility', 'Monitoring'].map((s) => `  ${s}: ${NOT_ASSESSED_WORDS}`)];
  lines.push(`    ${reason}`);
  const results = ANALYTES.flatMap((a) => assessment.labs[a] ?? []);
  lines.push(results.length > 0 ? '  Results on record:' : '  Results on record: none could be listed');
  for (const r of results) {
    // The rules' display words: a comparator and a bounded multiple are never lost (spec §1).
    lines.push(`    ${r.analyte} ${resultText(r)} on ${r.date ?? '?'} [${r.resourceType}/${r.id}]`);
  }
  lines.push(`  Data notes: ${noteCounts(assessment.dataNotes)}`);
  return lines.join('\n');
}

/** " after ALT 212 U/L on 2026-10-02": the result a stopped course was stopped after (spec §5.4). */
function stopResultWords(e: Evidence | undefined): string {
  if (!e) return '';
  const value = e.value !== undefined ? ` ${resultText(e)}` : '';
  return ` after ${e.display}${value}${e.date ? ` on ${e.date}` : ''}`;
}

/**
 * "  Latest: ALT <300 U/L (at most 7.5× ULN) on 2026-11-21, not judgeable; AST ...": the rules'
 * display words (spec §1 "Display"), so a comparator is never lost in the terminal either.
 */
function latestLine({ labs }: Assessment): string[] {
  const parts = LATEST_SHOWN.flatMap(([analyte, name]) => {
    const r = labs[analyte]?.[0];
    if (!r) return [];
    const unjudged = r.flag === 'unjudgeable' ? ', cannot be judged against the limit' : '';
    return [`${name} ${resultText(r)}${r.date ? ` on ${r.date}` : ''}${unjudged}`];
  });
  return parts.length > 0 ? [`  Latest: ${parts.join('; ')}`] : [];
}

function treatmentDetail({ treatment }: Assessment): string {
  const parts = [
    treatment.products.length > 0 ? treatment.products.join(', ') : undefined,
    treatment.courseStart ? `course since ${treatment.courseStart}` : undefined,
    treatment.dailyDoseMg !== undefined ? `${treatment.dailyDoseMg} mg/day` : undefined,
    treatment.stoppedOn ? `stopped on ${treatment.stoppedOn}${stopResultWords(treatment.stopResult)}` : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function codeList(findings: readonly Finding[]): string[] {
  return findings.length > 0 ? [`    ${findings.map((f) => `${f.code} (${f.severity})`).join(', ')}`] : [];
}

/** "none", or "7: data.uln-assumed ×4, data.matched-by-name ×3", most frequent first. */
export function noteCounts(notes: readonly DataNote[]): string {
  if (notes.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.code, (counts.get(note.code) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return `${notes.length}: ${sorted.map(([code, n]) => `${code} ×${n}`).join(', ')}`;
}
