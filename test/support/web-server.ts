import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface WebServer {
  origin: string;
  /** How many times each path was asked for. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (a free port) answering the routes given; anything else is 404. */
export function startWebServer(routes: Record<string, Route>): Promise<WebServer> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Not found</title><p>Nothing here.</p>');
      return;
    }
    Promise.resolve(route(request, response)).catch(() => response.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        hits,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

/** A route answering with these bytes and this content type. */
export function serve(body: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  };
}

export function redirect(to: string, status = 302): Route {
  return (_request, response) => {
    response.writeHead(status, { location: to });
    response.end();
  };
}
