/**
 * Serves the built worklist page for `npm run serve`: `dist/worklist.html` at `/worklist/` and the
 * hashed files of `dist/assets/` under `/worklist/assets/` (the build's URLs are relative). The page
 * holds no patient data; the API behind it asks for the session.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';

export interface PageFilesOptions {
  /** The build folder (dist/). */
  readonly distDir: string;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  json: 'application/json; charset=utf-8',
};

/** The page's security headers (the README's deployment section asks the same of a static host). */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

export const pageFiles: FastifyPluginAsync<PageFilesOptions> = async (app, opts) => {
  app.get('/worklist', async (_request, reply) => reply.redirect('/worklist/', 302));
  app.get('/worklist/', async (_request, reply) => {
    const html = await readFile(join(opts.distDir, 'worklist.html'), 'utf8').catch(() => undefined);
    if (html === undefined) return reply.code(404).send({ error: 'The worklist page is not built (npm run build).' });
    return reply
      .headers({ ...PAGE_HEADERS, 'cache-control': 'no-cache' })
      .type('text/html; charset=utf-8')
      .send(html);
  });
  app.get<{ Params: { file: string } }>('/worklist/assets/:file', async (request, reply) => {
    const { file } = request.params;
    // A bare file name: no folder, no "..", nothing outside dist/assets.
    const ext = /^[\w-]+(?:\.[\w-]+)*\.(\w+)$/.exec(file)?.[1];
    const type = ext ? TYPES[ext] : undefined;
    if (!type) return reply.code(404).send({ error: 'No such file.' });
    const body = await readFile(join(opts.distDir, 'assets', file)).catch(() => undefined);
    if (!body) return reply.code(404).send({ error: 'No such file.' });
    return reply
      .headers({ 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=31536000, immutable' })
      .type(type)
      .send(body);
  });
};
