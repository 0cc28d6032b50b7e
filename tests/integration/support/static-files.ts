/** msw handlers for the static files the app reads next to index.html (jsdom's page URL). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';

const PUBLIC = resolve(import.meta.dirname, '../../../public');

export function staticFile(name: string, override?: JsonBodyType): HttpHandler {
  return http.get(new URL(name, document.baseURI).href, () =>
    HttpResponse.json(override ?? (JSON.parse(readFileSync(resolve(PUBLIC, name), 'utf8')) as JsonBodyType)),
  );
}
