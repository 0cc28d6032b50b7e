/**
 * Cards from an Assessment: one per selected finding, worst first. The summary is the finding's
 * title, the detail its own sentence with the results it rests on (value, ×ULN, date, as the
 * rules computed them) and its source; nothing here judges a value again (spec §1.7).
 */
import { randomUUID } from 'node:crypto';
import { NOT_ASSESSED_PARTS, resultWords } from '../../rules';
import type { Assessment, DataSource, Evidence, Finding, LabResult } from '../../rules/types';
import type { Card, Coding, Indicator, Link, Suggestion } from './card-types';
import { SUMMARY_MAX } from './card-types';
import { selectFindings } from './card-selection';
import { baselineLabsSuggestion } from './suggestions';
import type { HookName } from './services';

export interface CardContext {
  readonly hook: HookName;
  readonly patientId: string;
  /** The app's SMART launch URL (config `cds.appLaunchUrl`). */
  readonly appLaunchUrl: string;
  /** The kinds of record the request could not supply (an OperationOutcome prefetch, a failed read). */
  readonly unavailable?: readonly DataSource[];
  readonly uuid?: () => string;
}

const SOURCE_LABEL = 'Riluzole Monitor';
const OVERRIDE_SYSTEM = 'urn:riluzole-monitor:cds-override-reason';

/** Why a clinician goes on anyway: reasons about the record and the decision, not clinical facts. */
export const OVERRIDE_REASONS: readonly Coding[] = [
  { system: OVERRIDE_SYSTEM, code: 'benefit-outweighs-risk', display: 'Benefit outweighs the risk for this patient' },
  { system: OVERRIDE_SYSTEM, code: 'record-incomplete', display: 'The record is incomplete or out of date' },
  { system: OVERRIDE_SYSTEM, code: 'arranged-elsewhere', display: 'Already arranged or done elsewhere' },
];

/** Markdown: backslash the characters that would turn record text into formatting or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length < max ? clean : `${clean.slice(0, max - 2).trimEnd()}…`;
}

/**
 * "ALT 212 U/L on 2026-03-04 (5.3× ULN; lab's ULN 40 U/L; CTCAE grade 3)", "<300 U/L (at most
 * 7.5× ULN)": the rules' display words (spec §1 "Display"), so a comparator is never lost.
 */
function evidenceLine(e: Evidence, lab: LabResult | undefined): string {
  const withComparator: Evidence = lab?.comparator && !e.comparator ? { ...e, comparator: lab.comparator } : e;
  const words = resultWords(withComparator);
  const parts: string[] = [e.display];
  if (words.value) parts.push(words.value);
  if (e.date) parts.push(`on ${e.date}`);
  const extras: string[] = [];
  if (words.multiple && e.uln !== undefined) {
    const whose = e.ulnSource === 'assumed' ? 'ULN assumed' : "lab's ULN";
    extras.push(words.multiple, `${whose} ${e.uln}${e.unit ? ` ${e.unit}` : ''}`);
  }
  if (e.grade !== undefined) extras.push(`CTCAE grade ${e.grade}`);
  const tail = extras.length > 0 ? ` (${extras.join('; ')})` : '';
  return `- ${escapeMarkdown(`${parts.join(' ')}${tail}`)} [${escapeMarkdown(`${e.resourceType}/${e.id}`)}]`;
}

function labsById(a: Assessment): Map<string, LabResult> {
  const out = new Map<string, LabResult>();
  for (const list of Object.values(a.labs)) for (const lab of list ?? []) out.set(lab.id, lab);
  return out;
}

function detailOf(f: Finding, labs: ReadonlyMap<string, LabResult>): string {
  const lines = [escapeMarkdown(f.detail)];
  if (f.evidence.length > 0) lines.push('', ...f.evidence.map((e) => evidenceLine(e, labs.get(e.id))));
  lines.push('', `Source: ${escapeMarkdown(f.source)}`);
  return lines.join('\n');
}

function appLink(ctx: CardContext): Link {
  return { label: 'Open Riluzole Monitor (the whole picture)', url: ctx.appLaunchUrl, type: 'smart' };
}

function card(f: Finding, indicator: Indicator, ctx: CardContext, labs: ReadonlyMap<string, LabResult>): Card {
  const uuid = ctx.uuid ?? randomUUID;
  const suggestions: Suggestion[] =
    f.code === 'baseline.alt-missing' && ctx.hook !== 'patient-view'
      ? [baselineLabsSuggestion(ctx.patientId, uuid())]
      : [];
  return {
    uuid: uuid(),
    summary: truncate(f.title, SUMMARY_MAX),
    detail: detailOf(f, labs),
    indicator,
    source: {
      label: `${SOURCE_LABEL}: ${f.source}`,
      topic: { system: 'urn:riluzole-monitor:finding', code: f.code, display: f.title },
    },
    ...(suggestions.length > 0 ? { suggestions, selectionBehavior: 'any' as const } : {}),
    ...(indicator !== 'info' ? { overrideReasons: OVERRIDE_REASONS } : {}),
    links: [appLink(ctx)],
  };
}

/**
 * The cards of one hook for one assessment.
 * @param hook - the hook answered
 * @param a - the assessment of the patient (for order hooks, with the draft order as if signed)
 */
export function cardsFor(a: Assessment, ctx: CardContext): Card[] {
  // The assessment could not be made: one card says so on every hook, never silence (issue 8.2).
  if (a.notAssessed) return [notAssessedCard(a.notAssessed.reason, ctx)];
  const labs = labsById(a);
  return selectFindings(ctx.hook, a, ctx.unavailable).map((s) => card(s.finding, s.indicator, ctx, labs));
}

/** "Could not be assessed: review the record", with the reason; the clinician may go on anyway. */
function notAssessedCard(reason: string, ctx: CardContext): Card {
  const uuid = ctx.uuid ?? randomUUID;
  const summary = `Riluzole: ${NOT_ASSESSED_PARTS.lead.toLowerCase()}; ${NOT_ASSESSED_PARTS.action}`;
  return {
    uuid: uuid(),
    summary: truncate(summary, SUMMARY_MAX),
    detail: `${escapeMarkdown(reason)}\n\nNo eligibility or monitoring status could be judged from this record.`,
    indicator: 'warning',
    source: { label: SOURCE_LABEL },
    overrideReasons: OVERRIDE_REASONS,
    links: [appLink(ctx)],
  };
}
