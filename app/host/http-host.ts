import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode, Result } from '../contract/errors.ts';
import { CONTENT_SECURITY_POLICY } from '../contract/shared/security.ts';
import { dispatch } from '../library/dispatch.ts';
import type { Handlers } from '../library/handlers.ts';

export interface HttpHostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
}

export interface HttpHost {
  /**
   * The address to open. The per-run token rides in the fragment, which browsers never send to a server (nor to
   * another port on the same host, as they would a cookie); the page keeps it for the tab and sends it with each call.
   */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 128 * 1024 * 1024;
/** The API wants the per-run token in this header; a page from another origin cannot send it without CORS. */
export const TOKEN_HEADER = 'x-apostille-token';

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
 * Serves the renderer and the API on 127.0.0.1 only. Every request must name this host and port (no DNS rebinding).
 * The page's own files are public (they hold no data); API calls must carry the per-run token in a header and come
 * from this origin as JSON POSTs. Nothing else is answered.
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
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) return text(response, 421, 'Wrong host');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
    } catch {
      return text(response, 400, 'Bad request');
    }
    if (pathname.startsWith('/api/')) return api(request, response, host, pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(response, 405, 'Method not allowed');
    return serveStatic(response, pathname);
  }

  async function api(request: IncomingMessage, response: ServerResponse, host: string, method: string): Promise<void> {
    if (request.method !== 'POST') return text(response, 405, 'Method not allowed');
    const sentOrigin = request.headers.origin;
    if (sentOrigin !== undefined && sentOrigin !== `http://${host}`) return fail(response, 'unauthorised', 'foreign origin');
    if (!sameToken(headerValue(request.headers[TOKEN_HEADER]), token)) return fail(response, 'unauthorised', 'missing or wrong token');
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
    const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '');
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
        url: `${origin}/#token=${token}`,
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

function headerValue(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
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
