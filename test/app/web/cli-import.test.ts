import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';
import { siteRoutes } from '../../support/web-pages.ts';
import { startWebServer, type WebServer } from '../../support/web-server.ts';

// The CLI runs in a process of its own, asynchronously: the page server lives in this test's process.
const run = async (args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

let site: WebServer;
beforeAll(async () => {
  site = await startWebServer(siteRoutes(() => site.origin));
});
afterAll(() => site.close());
const tempDir = useTempDir();

describe('apostille import with web addresses', () => {
  it('takes addresses and files together, and refuses local addresses without --allow-local-addresses', async () => {
    const dir = tempDir();
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Une note\n\nLe conseil municipal a voté mardi le budget de l’éclairage public, après un long débat sur les économies d’énergie.');
    const library = join(dir, 'lib');
    const refused = await run(['--library', library, 'import', `${site.origin}/revue/eclairage`, file]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('est sur cet ordinateur ou un réseau local');
    const allowed = await run(['--library', library, 'import', `${site.origin}/revue/eclairage`, `${site.origin}/absente`, '--allow-local-addresses', '--json']);
    expect(allowed.code).toBe(4);
    const report = JSON.parse(allowed.stdout) as { imported: { file: string; title: string }[]; failed: { file: string; error: { code: string } }[] };
    expect(report.imported.map((i) => i.title)).toEqual(['Street lighting and night-time energy use in European cities']);
    expect(report.failed).toEqual([{ file: `${site.origin}/absente`, error: expect.objectContaining({ code: 'page_not_found' }) }]);
    const list = JSON.parse((await run(['--library', library, 'list', '--json'])).stdout) as { items: { title: string; source: string }[] };
    expect(list.items.map((i) => i.source).sort()).toEqual(['Journal of Urban Energy', null].sort());
  });
});
