import type { SandboxPatient } from '../case-source';
import { esc, page } from './layout';

/** An EHR chart shell with the app inside an iframe, to exercise `completeInTarget`. */
export function framePage(patient: SandboxPatient, faults: string, launchUrl: string): string {
  return page(
    `Chart: ${patient.name} – Sandbox EHR`,
    `<header class="ehr"><h1>Sandbox EHR</h1>
<p>Chart: <strong>${esc(patient.name)}</strong>${patient.birthDate ? `, born ${esc(patient.birthDate)}` : ''}</p>
<p>Faults: ${esc(faults)}</p><p><a href="/sandbox/">Patient list</a></p></header>
<main><iframe title="Riluzole Monitor" name="riluzole-monitor" src="${esc(launchUrl)}"></iframe></main>`,
    'frame-page',
  );
}
