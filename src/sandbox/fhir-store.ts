import type { Bundle, OperationOutcome, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import { loadMedplum } from './medplum';

/** A FHIR request relative to the server base: `url` is e.g. "Observation?patient=1&_count=50". */
export interface FhirStoreRequest {
  readonly method: string;
  readonly url: string;
  /** The absolute FHIR base the client used, for `fullUrl` and paging links. No trailing slash. */
  readonly baseUrl: string;
}

export interface FhirStoreResponse {
  readonly status: number;
  readonly body: Resource;
}

export interface FhirStore {
  handle(req: FhirStoreRequest): Promise<FhirStoreResponse>;
  /** Adds a resource (a new id is assigned), as the sandbox EHR does when a CDS suggestion is accepted. */
  create(resource: Resource): Promise<Resource>;
}

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

function outcome(code: OperationOutcomeIssue['code'], text: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text }] };
}

function pageSize(params: URLSearchParams): number {
  const n = Number.parseInt(params.get('_count') ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** Medplum adds neither `fullUrl` nor paging links: a real server does, and clients follow `next`. */
function decorateSearch(bundle: Bundle, path: string, params: URLSearchParams, baseUrl: string): Bundle {
  const count = pageSize(params);
  const offset = Math.max(0, Number.parseInt(params.get('_offset') ?? '0', 10) || 0);
  const link = (at: number): string => {
    const p = new URLSearchParams(params);
    p.set('_count', String(count));
    p.set('_offset', String(at));
    return `${baseUrl}/${path}?${p.toString()}`;
  };
  const links: NonNullable<Bundle['link']> = [{ relation: 'self', url: link(offset) }];
  if (bundle.total !== undefined && offset + count < bundle.total && count > 0) {
    links.push({ relation: 'next', url: link(offset + count) });
  }
  if (offset > 0) links.push({ relation: 'previous', url: link(Math.max(0, offset - count)) });
  const entry = bundle.entry?.map((e) => ({
    ...e,
    ...(e.resource?.id ? { fullUrl: `${baseUrl}/${e.resource.resourceType}/${e.resource.id}` } : {}),
  }));
  return { ...bundle, link: links, ...(entry ? { entry } : {}) };
}

/**
 * A read-only FHIR R4 server core over Medplum's FhirRouter and in-memory repository: reads and
 * searches answered from the official R4 search-parameter definitions (token `system|code`, comma
 * OR lists, `date` prefixes, `_include`, `_id` lists), plus what Medplum leaves out: a default page
 * size, `_offset` paging with absolute `next` links, and `fullUrl`. No HTTP or Node server types, so
 * msw handlers and the dev-server plugin can both wrap it.
 * @param resources - every resource the server holds (ids kept as given)
 */
export async function createFhirStore(resources: readonly Resource[]): Promise<FhirStore> {
  const { core, router: fr } = await loadMedplum();
  const repo = new fr.MemoryRepository();
  const router = new fr.FhirRouter();
  await repo.withSeeding(async () => {
    for (const r of resources) await repo.createResource(structuredClone(r), { assignedId: true });
  });

  const route = async (url: string): Promise<[OperationOutcome, Resource | undefined]> => {
    const [result, body] = await router.handleRequest(
      { method: 'GET', url, pathname: '', params: {}, query: {}, body: undefined },
      repo,
    );
    return [result, body];
  };

  // The data never changes, so a search's full match list is computed once and later pages are
  // slices of it: following 30 `next` links must not rescan thousands of Observations 30 times.
  // Searches with _include/_revinclude go to Medplum as they are (the includes depend on the page).
  const matches = new Map<string, Promise<[OperationOutcome, Resource | undefined]>>();
  async function pagedSearch(path: string, params: URLSearchParams): Promise<[OperationOutcome, Resource | undefined]> {
    if (params.has('_include') || params.has('_revinclude')) return route(`/${path}?${params.toString()}`);
    const all = new URLSearchParams([...params].filter(([k]) => k !== '_count' && k !== '_offset'));
    all.sort();
    const key = `${path}?${all.toString()}`;
    let pending = matches.get(key);
    if (!pending) {
      all.set('_count', String(Number.MAX_SAFE_INTEGER));
      pending = route(`/${path}?${all.toString()}`);
      matches.set(key, pending);
    }
    const [result, body] = await pending;
    if (body?.resourceType !== 'Bundle') return [result, body];
    const count = pageSize(params);
    const offset = Math.max(0, Number.parseInt(params.get('_offset') ?? '0', 10) || 0);
    const entry = (body.entry ?? []).slice(offset, offset + count);
    const page: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: body.total ?? 0,
      ...(entry.length ? { entry } : {}),
    };
    return [result, page];
  }

  async function handle(req: FhirStoreRequest): Promise<FhirStoreResponse> {
    if (req.method !== 'GET') {
      return { status: 405, body: outcome('not-supported', 'This sandbox FHIR server is read-only.') };
    }
    const rel = req.url.replace(/^\/+/, '');
    const q = rel.indexOf('?');
    const path = q < 0 ? rel : rel.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : rel.slice(q + 1));
    const isSearch = /^[A-Z][A-Za-z]+$/.test(path);
    if (isSearch && !params.has('_count')) params.set('_count', String(DEFAULT_PAGE_SIZE));
    const [result, body] = isSearch ? await pagedSearch(path, params) : await route(`/${rel}`);
    const status = core.getStatus(result);
    if (status >= 400 || !body) return { status: status >= 400 ? status : 500, body: result };
    if (isSearch && body.resourceType === 'Bundle') {
      return { status, body: decorateSearch(body, path, params, req.baseUrl) };
    }
    return { status, body };
  }

  async function create(resource: Resource): Promise<Resource> {
    const { id: _ignored, ...rest } = resource;
    const created = await repo.createResource(structuredClone(rest as Resource));
    matches.clear(); // cached search results no longer hold every match
    return created;
  }

  return { handle, create };
}
