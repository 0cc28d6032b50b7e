/** The sandbox's CDS Hooks pages: Prescribe riluzole, accept a suggestion, launch from a card link. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CaseSource } from '../case-source';
import { readBody, redirect, sendHtml, sendJson } from '../http';
import { errorPage } from '../pages/layout';
import { acceptedPage, prescribePage } from '../pages/prescribe-page';
import type { AuthServer } from '../smart-auth';
import { acceptSuggestion, prescribeRiluzole, type CdsCard } from './ehr-client';
import { createSandboxCds, SERVICE_MOUNT } from './sandbox-cds';

const DRAFT_TEXT = 'riluzole 50 MG Oral Tablet, 50 mg by mouth twice daily';

/**
 * @returns a handler that answers the CDS paths and says whether it did
 */
export function createCdsRoutes(auth: AuthServer, cases: CaseSource) {
  const cds = createSandboxCds();
  /** The cards last shown per patient: accepting a suggestion looks its resources up here. */
  const lastCards = new Map<string, readonly CdsCard[]>();

  async function form(req: IncomingMessage): Promise<URLSearchParams> {
    return new URLSearchParams(await readBody(req));
  }

  async function patientOf(id: string | null) {
    return (await cases.patients()).find((p) => p.id === id);
  }

  async function prescribe(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    const patient = await patientOf((await form(req)).get('patient'));
    const store = patient ? await cases.storeFor(patient.id) : undefined;
    if (!patient || !store) return sendHtml(res, 404, errorPage('Unknown patient', 'Choose a patient from the list.'));
    let result;
    try {
      result = await prescribeRiluzole(await cds.context(origin), store, patient.id);
    } catch (error) {
      result = { ok: false as const, message: error instanceof Error ? error.message : 'The call failed.' };
    }
    if (result.ok) lastCards.set(patient.id, result.cards);
    sendHtml(res, 200, prescribePage(patient, DRAFT_TEXT, result.ok ? result.cards : result.message));
  }

  async function accept(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    const params = await form(req);
    const patient = await patientOf(params.get('patient'));
    const store = patient ? await cases.storeFor(patient.id) : undefined;
    if (!patient || !store) return sendHtml(res, 404, errorPage('Unknown patient', 'Choose a patient from the list.'));
    const card = (lastCards.get(patient.id) ?? []).find((c) => c.uuid === params.get('card'));
    const created = card
      ? await acceptSuggestion(await cds.context(origin), store, card, params.get('suggestion') ?? '')
      : [];
    sendHtml(res, 200, acceptedPage(patient, created));
  }

  /**
   * A card's `smart` link: the EHR launches the app at the link's URL with its own launch context.
   * Only the registered app's launch URL is launched (the SMART link allow-list); anything else is refused.
   */
  async function launch(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    const params = await form(req);
    const patient = await patientOf(params.get('patient'));
    const url = params.get('url') ?? '';
    if (!patient) return sendHtml(res, 404, errorPage('Unknown patient', 'Choose a patient from the list.'));
    if (url !== `${origin}/launch.html` || params.get('type') !== 'smart') {
      return sendHtml(res, 403, errorPage('Link not allowed', 'This EHR launches only registered SMART apps.'));
    }
    const l = auth.createLaunch(patient.id);
    const query = `iss=${encodeURIComponent(`${origin}/sandbox/fhir`)}&launch=${encodeURIComponent(l.id)}`;
    redirect(res, `${url}?${query}`, 303);
  }

  return async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    search: string,
    origin: string,
  ): Promise<boolean> => {
    const method = req.method ?? 'GET';
    if (path === '/sandbox/cds/jwks.json' && method === 'GET') sendJson(res, 200, await cds.jwks(origin));
    else if (path.startsWith(`${SERVICE_MOUNT}/`))
      await cds.handle(req, res, origin, `${path.slice(SERVICE_MOUNT.length)}${search}`);
    else if (path === '/sandbox/cds/prescribe' && method === 'POST') await prescribe(req, res, origin);
    else if (path === '/sandbox/cds/accept' && method === 'POST') await accept(req, res, origin);
    else if (path === '/sandbox/cds/launch' && method === 'POST') await launch(req, res, origin);
    else return false;
    return true;
  };
}
