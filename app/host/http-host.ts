import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorCode } from '../contract/errors.ts';
import type { HostEvent } from '../contract/events.ts';
import { CONTENT_SECURITY_POLICY, PAGE_FILE_TYPES } from '../contract/shared/security.ts';
import type { Core } from '../core/core.ts';
import { formatSize } from '../contract/shared/sizes.ts';

export interface HttpHostOptions {
  core: Core;
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

/** The largest API body: a batch of files to import, base64-encoded (see importFile in the contract). */
export const MAX_BODY = 128 * 1024 * 1024;
/** The API wants the per-run token in this header; a page from another origin cannot send it without CORS. */
export const TOKEN_HEADER = 'x-apostille-token';
/** The page's stream of events (job progress…): one JSON object per line, kept open. */
export const EVENTS_PATH = '/api/events';

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_request: 400, unknown_method: 404, not_found: 404, job_not_found: 404, collection_not_found: 404, library_unknown: 404, name_taken: 409, library_name_taken: 409, library_in_use: 409, ambiguous_id: 409, unauthorised: 403,
  library_locked: 503, request_too_large: 413, disk_full: 507, internal: 500,
};

class TooLarge extends Error {}

/**
 * Serves the renderer and the API on 127.0.0.1 only. Every request must name this host and port (no DNS rebinding).
 * The page's own files are public (they hold no data); API calls must carry the per-run token in a header and come
 * from this origin as JSON POSTs. Nothing else is answered. This thread only relays: request bodies go to the core's
 * workers as bytes and their answers come back as bytes.
 */
export function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  let allowedHosts = new Set<string>();
  const streams = new Set<ServerResponse>();

  const unsubscribe = options.core.onEvent((event: HostEvent) => {
    const line = `${JSON.stringify(event)}\n`;
    for (const stream of streams) stream.write(line);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) fail(response, 'internal', String(error));
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
    if (pathname.startsWith('/api/')) return api(request, response, host, pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(response, 405, 'Method not allowed');
    return serveStatic(response, pathname);
  }

  async function api(request: IncomingMessage, response: ServerResponse, host: string, pathname: string): Promise<void> {
    if (request.method !== 'POST') return text(response, 405, 'Method not allowed');
    const sentOrigin = request.headers.origin;
    if (sentOrigin !== undefined && sentOrigin !== `http://${host}`) return fail(response, 'unauthorised', 'foreign origin');
    if (!sameToken(headerValue(request.headers[TOKEN_HEADER]), token)) return fail(response, 'unauthorised', 'missing or wrong token');
    if (pathname === EVENTS_PATH) return openStream(request, response);
    if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) return fail(response, 'invalid_request', 'expected JSON');
    let body: Uint8Array;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof TooLarge) {
        return fail(response, 'request_too_large', error.message, { size: error.message, limit: formatSize(MAX_BODY) });
      }
      return fail(response, 'invalid_request', error instanceof Error ? error.message : 'unreadable body');
    }
    const answer = await options.core.callJson(pathname.slice('/api/'.length), body);
    response.writeHead(statusOf(answer), { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(answer);
  }

  function openStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
    // A first line at once: the page knows its stream is open before it starts a job.
    response.write(`${JSON.stringify({ type: 'hello' })}\n`);
    streams.add(response);
    request.on('close', () => streams.delete(response));
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
        'content-type': PAGE_FILE_TYPES[extname(file)] ?? 'application/octet-stream',
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
        close: () => new Promise((done) => {
          unsubscribe();
          for (const stream of streams) stream.end();
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

/**
 * The body as bytes, refused past MAX_BODY: a declared length over it is refused before reading, and reading stops
 * once it is passed, whatever was declared.
 */
function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) {
    request.resume();
    return Promise.reject(new TooLarge(formatSize(declared)));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        request.removeAllListeners('data');
        request.resume();
        reject(new TooLarge(`> ${formatSize(MAX_BODY)}`));
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks, size)));
    request.on('error', reject);
  });
}

/** The HTTP status of an answer, read from its first bytes: `{"ok":true` or the error's code. */
function statusOf(answer: Uint8Array): number {
  const head = Buffer.from(answer.buffer, answer.byteOffset, Math.min(answer.byteLength, 200)).toString('utf8');
  if (head.startsWith('{"ok":true')) return 200;
  const code = /"code":"(\w+)"/.exec(head)?.[1] as ErrorCode | undefined;
  return (code && STATUS[code]) ?? 422;
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

function fail(response: ServerResponse, code: ErrorCode, message: string, details?: Record<string, string>): void {
  response.writeHead(STATUS[code] ?? 400, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify({ ok: false, error: { code, message, ...(details && { details }) } }));
}

function text(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
  response.end(body);
}
