import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../app/core/index.ts';
import { startHttpHost, type HttpHost } from '../../../app/host/index.ts';
import { fileSettingsStore } from '../../../app/settings/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
let host: HttpHost | undefined;
let core: Core | undefined;

afterEach(async () => {
  await host?.close();
  await core?.close();
  host = undefined;
  core = undefined;
});

async function start() {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Apostille</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tempDir(), 'secret.txt'), 'secret');
  const dir = tempDir();
  core = await openCore({ dir, version: 'test', allowPaths: false, settings: fileSettingsStore(join(dir, 'settings.json')) });
  host = await startHttpHost({ core, staticDir });
  return host;
}

/** A raw HTTP request, so the tests can send the headers a browser would not (Host, Origin). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback host', () => {
  it('listens on 127.0.0.1 only and gives the token in the address fragment, which no request carries', async () => {
    const h = await start();
    expect(h.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.url).toBe(`${h.origin}/#token=${h.token}`);
    const page = await send(`${h.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('serves its own page with a strict CSP and nothing outside it', async () => {
    const h = await start();
    const page = await send(`${h.origin}/`);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(`${h.origin}/assets/app.js`)).status).toBe(200);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/.env']) {
      expect((await send(`${h.origin}${path}`)).status, path).toBe(404);
    }
    expect((await send(`${h.origin}/%E0`)).status).toBe(400);
  });

  it('refuses other Host headers (DNS rebinding) and other origins', async () => {
    const h = await start();
    expect((await send(`${h.origin}/`, { headers: { host: 'evil.example' } })).status).toBe(421);
    const foreign = await send(`${h.origin}/api/app.info`, { method: 'POST', headers: { 'x-apostille-token': h.token, origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const otherPort = await send(`${h.origin}/api/app.info`, { method: 'POST', headers: { 'x-apostille-token': h.token, origin: 'http://127.0.0.1:1', 'content-type': 'application/json' }, body: '{}' });
    expect(otherPort.status).toBe(403);
  });

  it('answers API calls that carry the token, from 127.0.0.1 or localhost, and maps errors to statuses', async () => {
    const h = await start();
    const headers = { 'x-apostille-token': h.token, origin: h.origin, 'content-type': 'application/json' };
    const info = await send(`${h.origin}/api/app.info`, { method: 'POST', headers, body: '{}' });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { version: 'test', documentCount: 0 } });
    const port = new URL(h.origin).port;
    const viaLocalhost = await send(`${h.origin}/api/app.info`, { method: 'POST', headers: { ...headers, host: `localhost:${port}`, origin: `http://localhost:${port}` }, body: '{}' });
    expect(viaLocalhost.status).toBe(200);
    const missing = await send(`${h.origin}/api/documents.get`, { method: 'POST', headers, body: '{"id":"abcdef12"}' });
    expect(missing.status).toBe(404);
    const malformed = await send(`${h.origin}/api/documents.list`, { method: 'POST', headers, body: '{not json' });
    expect(malformed.status).toBe(400);
    expect((await send(`${h.origin}/api/app.info`, { method: 'GET', headers })).status).toBe(405);
    for (const token of ['nope', '']) {
      const refused = await send(`${h.origin}/api/app.info`, { method: 'POST', headers: { ...headers, 'x-apostille-token': token }, body: '{}' });
      expect(refused.status).toBe(403);
    }
    const noHeader = await send(`${h.origin}/api/app.info`, { method: 'POST', headers: { origin: h.origin, 'content-type': 'application/json' }, body: '{}' });
    expect(noHeader.status).toBe(403);
    const text = await send(`${h.origin}/api/app.info`, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(400);
  });
});
