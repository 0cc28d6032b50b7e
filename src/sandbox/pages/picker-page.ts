import type { SandboxPatient } from '../case-source';
import { esc, page } from './layout';

/**
 * Standalone launch: the authorization step asks which patient to open. The form repeats the
 * authorize request's own parameters, so no server state is needed before the choice.
 */
export function pickerPage(params: URLSearchParams, patients: readonly SandboxPatient[]): string {
  const hidden = [...params]
    .filter(([k]) => k !== 'sandbox_patient')
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('\n');
  const items = patients
    .map(
      (p) =>
        `<li><button type="submit" name="sandbox_patient" value="${esc(p.id)}" ` +
        `data-testid="pick-${esc(p.id)}">${esc(p.name)}</button>
<span class="muted">${esc(p.title)}</span></li>`,
    )
    .join('\n');
  return page(
    'Choose a patient – Sandbox EHR',
    `<header class="ehr"><h1>Sandbox EHR</h1><p>Authorize Riluzole Monitor</p></header>
<main><form method="get" action="/sandbox/auth/authorize" class="panel">
<h2 id="pick-h">Which patient should Riluzole Monitor open?</h2>
${hidden}
<ul aria-labelledby="pick-h" style="list-style:none;padding:0;display:grid;gap:8px">${items}</ul>
</form></main>`,
  );
}
