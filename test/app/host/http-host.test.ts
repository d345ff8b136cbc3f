import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../app/core/index.ts';
import { EVENTS_PATH, MAX_BODY, startHttpHost, type HttpHost } from '../../../app/host/http-host.ts';
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

  it('answers a body over its limit with 413 and the error, not a reset connection — declared or not', async () => {
    const h = await start();
    const headers = { 'x-apostille-token': h.token, origin: h.origin, 'content-type': 'application/json' };
    const huge = `{"files":[{"name":"x.txt","base64":"${'A'.repeat(MAX_BODY + 10)}"}]}`;
    const declared = await send(`${h.origin}/api/jobs.start`, { method: 'POST', headers, body: huge });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'request_too_large', details: { limit: '128.0 MB' } } });
    // Sent in chunks with no length given: refused once the limit is passed.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${h.origin}/api/jobs.start`, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      const chunk = 'A'.repeat(8 * 1024 * 1024);
      for (let sent = 0; sent <= MAX_BODY; sent += chunk.length) req.write(chunk);
      req.end();
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: 'request_too_large' } });
    // The host still answers.
    expect((await send(`${h.origin}/api/app.info`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
  });

  it('streams events (job progress and ends) to its own page only, starting with a first line', async () => {
    const h = await start();
    const headers = { 'x-apostille-token': h.token, 'content-type': 'application/json' };
    expect((await fetch(`${h.origin}${EVENTS_PATH}`, { method: 'POST', headers: { 'x-apostille-token': 'wrong' } })).status).toBe(403);
    const stream = await fetch(`${h.origin}${EVENTS_PATH}`, { method: 'POST', headers });
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(received)) received += (await reader.read()).value ?? '';
    };
    await until(/"type":"hello"/);
    const started = await fetch(`${h.origin}/api/jobs.start`, { method: 'POST', headers, body: JSON.stringify({ job: 'library.check', input: { quick: true } }) });
    const { value } = (await started.json()) as { value: { id: string } };
    await until(new RegExp(`"id":"${value.id}","job":"library.check","state":"done"`));
    expect(received).toContain('"result":{"ok":true,"problems":[]}');
    await reader.cancel();
  });
});
