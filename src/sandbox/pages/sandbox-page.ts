import type { SandboxPatient } from '../case-source';
import { FAULT_TYPES } from '../faults';
import { esc, page } from './layout';

function typeOptions(name: string, id: string, label: string): string {
  const options = FAULT_TYPES.map((t) => `<option value="${t}">${t}</option>`).join('');
  return `<div class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${name}"><option value="">none</option>${options}</select></div>`;
}

function check(name: string, label: string): string {
  return `<div class="check"><input type="checkbox" id="fault-${name}" name="${name}" value="true">
<label for="fault-${name}">${label}</label></div>`;
}

function row(p: SandboxPatient): string {
  const born = p.birthDate ? esc(p.birthDate) : '<span class="muted">unknown</span>';
  return (
    `<tr data-patient="${esc(p.id)}">
<th scope="row">${esc(p.name)}</th><td>${esc(p.title)}</td><td>${born}</td>
<td><button type="submit" name="patient" value="${esc(p.id)}" data-testid="launch-${esc(p.id)}` +
    `">Launch<span class="sr-only"> Riluzole Monitor for ${esc(p.name)}</span></button>
<button type="submit" class="secondary" formaction="/sandbox/cds/prescribe" name="patient" ` +
    `value="${esc(p.id)}" data-testid="prescribe-${esc(p.id)}">Prescribe riluzole<span ` +
    `class="sr-only"> for ${esc(p.name)}</span></button></td>
</tr>`
  );
}

/**
 * The sandbox EHR's home page. Plain HTML forms, no script: each Launch button submits the fault
 * settings with its patient, and the server answers with a redirect to the app's launch URL.
 */
export function sandboxPage(origin: string, patients: readonly SandboxPatient[]): string {
  const iss = `${origin}/sandbox/fhir`;
  const standalone = `/launch.html?iss=${encodeURIComponent(iss)}`;
  return page(
    'Sandbox EHR – Riluzole Monitor',
    `<header class="ehr"><h1>Sandbox EHR</h1>
<p>Synthetic patients for Riluzole Monitor. No real patient data. FHIR base: <code>${esc(iss)}</code></p></header>
<main>
<form method="post" action="/sandbox/api/launch">
<fieldset><legend>Fault modes for the next launch</legend>
<div class="grid">
<div class="field"><label for="fault-latency">Added latency per FHIR request (ms)</label>
<input type="number" id="fault-latency" name="latencyMs" min="0" max="30000" step="50" value="0"></div>
${typeOptions('serverErrorType', 'fault-500', 'HTTP 500 on resource type')}
${typeOptions('deniedType', 'fault-403', 'Denied scope (403) for resource type')}
<div class="field"><label for="fault-expired">Expired token (401 on FHIR calls)</label>
<select id="fault-expired" name="expireAfterSeconds"><option value="">no</option><option value="0">at once</option>
<option value="10">after 10 seconds</option><option value="60">after 60 seconds</option></select></div>
${check('warnings', 'OperationOutcome warnings in search results')}
${check('tinyPages', 'Tiny pages (_count=5 forced)')}
${check('accessDenied', 'Access denied at authorize')}
${check('ehrBanner', 'EHR shows the patient banner (need_patient_banner: false)')}
</div></fieldset>
<fieldset><legend>Open the app</legend>
<div class="check"><input type="radio" id="target-window" name="target" value="window" checked>
<label for="target-window">In this window</label></div>
<div class="check"><input type="radio" id="target-frame" name="target" value="frame">
<label for="target-frame">Inside the EHR frame (iframe)</label></div>
</fieldset>
<table>
<caption>Patients (${patients.length}): choose one to launch Riluzole Monitor from the chart</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Scenario</th><th scope="col">Born</th><th ` +
      `scope="col"><span class="sr-only">Action</span></th></tr></thead>
<tbody>
${patients.map(row).join('\n')}
</tbody></table>
</form>
<section class="panel" aria-labelledby="worklist-h"><h2 id="worklist-h">Clinic worklist</h2>
<p>Every sandbox patient in one list, ranked by what needs a nurse today (from a Bulk Data export).</p>
<p><a class="button secondary" id="worklist-link" href="/worklist/">Clinic worklist (sign in as a nurse)</a></p>
</section>
<section class="panel" aria-labelledby="standalone-h"><h2 id="standalone-h">Standalone launch</h2>
<p>Opens the app without a chart context; the sandbox's authorization page then asks for the patient.</p>
<p><a class="button secondary" id="standalone-launch" href="${esc(standalone)}">Standalone launch</a></p>
</section>
</main>`,
  );
}
