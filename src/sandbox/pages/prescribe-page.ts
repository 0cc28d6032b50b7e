import type { Resource } from '@medplum/fhirtypes';
import type { SandboxPatient } from '../case-source';
import type { CdsCard } from '../cds/ehr-client';
import { esc, page } from './layout';

/** The small Markdown the service writes (paragraphs, "- " lists, backslash escapes) as safe HTML. */
export function markdownToHtml(md: string): string {
  const unescape = (s: string): string => esc(s.replace(/\\(.)/g, '$1'));
  const blocks = md.split(/\n{2,}/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => l.startsWith('- ')))
        return `<ul>${lines.map((l) => `<li>${unescape(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${lines.map(unescape).join('<br>')}</p>`;
    })
    .join('\n');
}

const INDICATOR_STYLE: Readonly<Record<CdsCard['indicator'], string>> = {
  critical: 'border-left:6px solid #b3261e',
  warning: 'border-left:6px solid #b26a00',
  info: 'border-left:6px solid #1f5f8b',
};

function cardHtml(card: CdsCard, patient: string, i: number): string {
  const suggestions = (card.suggestions ?? [])
    .map(
      (s) =>
        `<form method="post" action="/sandbox/cds/accept" class="inline">
<input type="hidden" name="patient" value="${esc(patient)}"><input type="hidden" name="card" ` +
        `value="${esc(card.uuid ?? '')}">
<input type="hidden" name="suggestion" value="${esc(s.uuid ?? '')}">
<button type="submit" data-testid="accept-suggestion">${esc(s.label)}</button></form>`,
    )
    .join('');
  const links = (card.links ?? [])
    .map(
      (l) => `<form method="post" action="/sandbox/cds/launch" class="inline">
<input type="hidden" name="patient" value="${esc(patient)}"><input type="hidden" name="url" value="${esc(l.url)}">
<input type="hidden" name="type" value="${esc(l.type)}">
<button type="submit" class="secondary" data-testid="card-link">${esc(l.label)}</button></form>`,
    )
    .join('');
  return (
    `<section class="panel" style="${INDICATOR_STYLE[card.indicator]}" data-testid="cds-card" ` +
    `data-indicator="${esc(card.indicator)}" aria-labelledby="card-${i}">
<h2 id="card-${i}"><span class="muted">${esc(card.indicator)}:</span> ${esc(card.summary)}</h2>
${card.detail ? markdownToHtml(card.detail) : ''}
<p class="muted">Card from: ${esc(card.source.label)}</p>
<div class="actions">${suggestions}${links}</div>
</section>`
  );
}

const BACK = '<p><a href="/sandbox/">Back to the sandbox patient list</a></p>';

function header(p: SandboxPatient): string {
  return `<header class="ehr"><h1>Sandbox EHR</h1><p>Order entry for ${esc(p.name)} (synthetic patient)</p></header>`;
}

/** The EHR's order screen after order-select: the draft order and the service's cards. */
export function prescribePage(p: SandboxPatient, draftText: string, cards: readonly CdsCard[] | string): string {
  const body =
    typeof cards === 'string'
      ? `<div class="panel error" role="alert"><h2>Decision support unavailable</h2><p>${esc(cards)}</p></div>`
      : cards.length === 0
        ? '<p data-testid="no-cards">The CDS service returned no cards for this order.</p>'
        : cards.map((c, i) => cardHtml(c, p.id, i)).join('\n');
  return page(
    `Prescribe riluzole – ${p.name}`,
    `${header(p)}
<main><h2>Draft order: ${esc(draftText)}</h2>
<p class="muted">The sandbox called the CDS service's order-select hook (riluzole-order-select) with ` +
      `this draft order and the prefetch from its FHIR store.</p>
<div data-testid="cds-cards">${body}</div>${BACK}</main>`,
  );
}

/** After a suggestion is accepted: what the EHR created in its store. */
export function acceptedPage(p: SandboxPatient, created: readonly Resource[]): string {
  const items = created
    .map((r) => {
      const code = (r as { code?: { text?: string } }).code?.text ?? '';
      return `<li data-testid="created-resource">${esc(`${r.resourceType}/${r.id ?? ''}`)} ${esc(code)}</li>`;
    })
    .join('');
  return page(
    `Suggestion accepted – ${p.name}`,
    `${header(p)}
<main><div class="panel" role="status"><h2>Suggestion accepted</h2>
` +
      (created.length > 0
        ? `<p>Created in the sandbox FHIR store:</p><ul>${items}</ul>`
        : '<p>Nothing was created (the suggestion is no longer known; prescribe again).</p>') +
      `\n</div>${BACK}</main>`,
  );
}
