import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY = 1 << 20;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The origin the browser used: the FHIR base and redirect URIs are checked against it. */
export function originOf(req: IncomingMessage): string {
  const secure = 'encrypted' in req.socket && req.socket.encrypted === true;
  return `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
}

export function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  send(res, status, JSON.stringify(body), `${type}; charset=utf-8`);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  send(res, status, html, 'text/html; charset=utf-8');
}

export function redirect(res: ServerResponse, location: string, status = 302): void {
  res.statusCode = status;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A Server-Timing value: `fhir` is the sandbox's own time for the answer (ms), `latency` the delay a
 * launch's faults added on top, when there is one.
 */
export function serverTiming(ownMs: number, latencyMs: number): string {
  const own = `fhir;dur=${Math.max(0, ownMs).toFixed(1)}`;
  return latencyMs > 0 ? `${own}, latency;dur=${latencyMs}` : own;
}
