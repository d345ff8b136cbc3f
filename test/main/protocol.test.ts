import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../app/contract/shared/security.ts';
import { APP_URL, handleAppProtocol, registerAppScheme, resolveAppFile } from '../../main/protocol.ts';
import { useTempDir } from '../support/tmp.ts';
import { net, protocol, resetElectron } from './electron-double.ts';

vi.mock('electron', () => import('./electron-double.ts'));

const tempDir = useTempDir();

/** A built page on disk: what electron-vite writes into out/renderer, and files that must never be served. */
function rendererFolder(): { root: string; dir: string } {
  const root = tempDir();
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Apostille</title><script type="module" src="./assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("page")');
  writeFileSync(join(dir, 'assets', 'index-abc.css'), 'body { color: black }');
  writeFileSync(join(dir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, 'assets', 'data.bin'), Buffer.from([1, 2, 3]));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  writeFileSync(join(dir, '.git', 'config'), '[core]');
  // Beside the page, not in it: the library and the app's other files.
  writeFileSync(join(root, 'library.sqlite'), 'SQLite format 3\0');
  writeFileSync(join(root, 'renderer-secrets.txt'), 'next door');
  return { root, dir };
}

beforeEach(() => resetElectron());

describe('resolveAppFile: which file of the page an app:// address names', () => {
  const dir = '/opt/Apostille/out/renderer';

  it('maps app://apostille/, /index.html and the assets into the renderer folder', () => {
    expect(resolveAppFile('app://apostille/', dir)).toBe(join(dir, 'index.html'));
    expect(resolveAppFile('app://apostille/index.html', dir)).toBe(join(dir, 'index.html'));
    expect(resolveAppFile(APP_URL, dir)).toBe(join(dir, 'index.html'));
    expect(resolveAppFile('app://apostille/index.html?x=1#/read/abc', dir)).toBe(join(dir, 'index.html'));
    expect(resolveAppFile('app://apostille/assets/x.js', dir)).toBe(join(dir, 'assets', 'x.js'));
    expect(resolveAppFile('app://apostille/assets/index%20copy.js', dir)).toBe(join(dir, 'assets', 'index copy.js'));
    expect(resolveAppFile('app://apostille/assets//x.js', dir)).toBe(join(dir, 'assets', 'x.js'));
  });

  it('refuses other hosts and other schemes', () => {
    for (const url of [
      'app://other/index.html', 'app://apostille.evil.example/index.html', 'app://evil.example/apostille/index.html', 'app://apostille:81/index.html',
      'file:///opt/Apostille/out/renderer/index.html', 'http://apostille/index.html', 'https://apostille/index.html', 'apps://apostille/index.html',
      'javascript:alert(1)', 'not a url', '',
    ]) {
      expect(resolveAppFile(url, dir), url).toBeNull();
    }
  });

  it('never leaves the renderer folder: .., encoded %2e%2e, encoded slashes and backslashes', () => {
    for (const url of [
      'app://apostille/../library.sqlite', 'app://apostille/assets/../../library.sqlite', 'app://apostille/%2e%2e/library.sqlite',
      'app://apostille/%2E%2E/%2E%2E/etc/passwd', 'app://apostille/assets/%2e%2e%2f%2e%2e%2flibrary.sqlite', 'app://apostille/..%2flibrary.sqlite',
      'app://apostille/..%5c..%5clibrary.sqlite', 'app://apostille/%2e%2e%5clibrary.sqlite', 'app://apostille/%2e%2e',
    ]) {
      const file = resolveAppFile(url, dir);
      if (file !== null) expect(file.startsWith(dir + '/'), `${url} → ${file}`).toBe(true);
    }
    // Climbing is clamped at the page's root or refused: it never names the library beside it.
    expect(resolveAppFile('app://apostille/%2e%2e/library.sqlite', dir)).not.toBe(join(dir, '..', 'library.sqlite'));
    expect(resolveAppFile('app://apostille/..%5clibrary.sqlite', dir)).toBeNull();
    expect(resolveAppFile('app://apostille/renderer/../../renderer-secrets.txt', dir)).not.toBe('/opt/Apostille/out/renderer-secrets.txt');
  });

  it('refuses hidden files and folders, plain or encoded', () => {
    for (const url of ['app://apostille/.env', 'app://apostille/.git/config', 'app://apostille/assets/.hidden.js', 'app://apostille/%2eenv', 'app://apostille/%2Egit/config']) {
      expect(resolveAppFile(url, dir), url).toBeNull();
    }
  });

  it('refuses bad percent-encoding', () => {
    for (const url of ['app://apostille/%E0%A4%A', 'app://apostille/assets/%ZZ.js', 'app://apostille/%', 'app://apostille/%C0%AE%C0%AE/library.sqlite']) {
      expect(resolveAppFile(url, dir), url).toBeNull();
    }
  });
});

describe('the app:// protocol', () => {
  it('is registered as a privileged, standard and secure scheme (before the app is ready)', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('answers the page’s files with the app’s CSP, nosniff and the right content types', async () => {
    const { dir } = rendererFolder();
    handleAppProtocol(dir);
    const cases: [string, string, string][] = [
      ['app://apostille/', 'text/html; charset=utf-8', '<!doctype html>'],
      ['app://apostille/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
      ['app://apostille/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log'],
      ['app://apostille/assets/index-abc.css', 'text/css; charset=utf-8', 'body'],
      ['app://apostille/favicon.svg', 'image/svg+xml', '<svg'],
      ['app://apostille/assets/font.woff2', 'font/woff2', 'wOF2'],
      ['app://apostille/assets/data.bin', 'application/octet-stream', '\u0001\u0002\u0003'],
    ];
    for (const [url, type, start] of cases) {
      const response = await protocol.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect((await response.text()).startsWith(start), url).toBe(true);
    }
  });

  it('answers 404, with no file read, for anything outside the page', async () => {
    const { dir } = rendererFolder();
    handleAppProtocol(dir);
    for (const url of [
      'app://apostille/.env', 'app://apostille/.git/config', 'app://apostille/%2e%2e%5clibrary.sqlite', 'app://apostille/..%5clibrary.sqlite',
      'app://other/index.html', 'app://apostille/%E0%A4%A',
    ]) {
      const response = await protocol.request(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('SECRET');
    }
    expect(net.fetched).toEqual([]);
  });

  it('answers 404 for a file the page does not have', async () => {
    const { dir } = rendererFolder();
    handleAppProtocol(dir);
    const response = await protocol.request('app://apostille/assets/missing.js');
    expect(response.status).toBe(404);
    expect(net.fetched).toHaveLength(1);
    // A climb clamped at the page's root lands on the page's own files, never on the library beside them.
    const clamped = await protocol.request('app://apostille/%2e%2e/library.sqlite');
    expect(clamped.status).toBe(404);
  });
});
