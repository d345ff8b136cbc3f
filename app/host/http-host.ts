import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode, Result } from '../contract/errors.ts';
import { dispatch } from '../library/dispatch.ts';
import type { Handlers } from '../library/handlers.ts';

export interface HttpHostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
}

export interface HttpHost {
  /** The address to open: it carries the per-run token once, which the page then keeps as a same-site cookie. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 128 * 1024 * 1024;
const COOKIE = 'apostille_session';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_request: 400, unknown_method: 404, not_found: 404, ambiguous_id: 409, unauthorised: 403,
  library_locked: 503, internal: 500,
};

/**
 * Serves the renderer and the API on 127.0.0.1 only. Every request must name this host and port (no DNS rebinding),
 * carry the per-run token (as the cookie set when the printed address is opened), and API calls must come from this
 * origin as JSON POSTs. Nothing else is answered.
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  let allowedHosts = new Set<string>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) return text(response, 421, 'Wrong host');
    const url = new URL(request.url ?? '/', origin);
    if (request.method === 'GET' && url.searchParams.has('token')) {
      if (!sameToken(url.searchParams.get('token'), token)) return text(response, 403, 'Invalid token');
      response.writeHead(303, { ...SECURITY_HEADERS, location: '/', 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` });
      return void response.end();
    }
    if (!sameToken(cookie(request, COOKIE), token)) {
      return text(response, 403, 'Apostille: open the address printed in the terminal. / Ouvrez l’adresse affichée dans le terminal.');
    }
    if (url.pathname.startsWith('/api/')) return api(request, response, decodeURIComponent(url.pathname.slice(5)));
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(response, 405, 'Method not allowed');
    return serveStatic(response, url.pathname);
  }

  async function api(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const sentOrigin = request.headers.origin;
    if (request.method !== 'POST') return text(response, 405, 'Method not allowed');
    if (sentOrigin !== undefined && sentOrigin !== origin) return fail(response, 'unauthorised', 'foreign origin');
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return fail(response, 'invalid_request', 'expected JSON');
    let input: unknown;
    try {
      input = JSON.parse((await readBody(request)) || '{}');
    } catch (error) {
      return fail(response, 'invalid_request', error instanceof Error ? error.message : 'unreadable body');
    }
    const result = dispatch(options.handlers, method, input);
    send(response, result.ok ? 200 : (STATUS[result.error.code as ErrorCode] ?? 422), result);
  }

  async function serveStatic(response: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
    const file = join(options.staticDir, relative);
    if (!file.startsWith(options.staticDir + sep) || relative.split(/[/\\]/).some((p) => p.startsWith('.'))) {
      return text(response, 404, 'Not found');
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      text(response, 404, 'Not found');
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no address'));
      origin = `http://127.0.0.1:${address.port}`;
      allowedHosts = new Set([`127.0.0.1:${address.port}`, `localhost:${address.port}`]);
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        token,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error(`request body over ${MAX_BODY} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function cookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function fail(response: ServerResponse, code: ErrorCode, message: string): void {
  send(response, STATUS[code] ?? 400, { ok: false, error: { code, message } });
}

function text(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  response.end(body);
}
